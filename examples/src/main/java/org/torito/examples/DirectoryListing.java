package org.torito.examples;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The HTML page both file servers answer for a folder without an index.html. */
final class DirectoryListing {
    private DirectoryListing() {
    }

    /** The page for folder {@code dir} holding {@code names} (folders end in '/'), sorted. */
    static byte[] html(String dir, String[] names) {
        String[] sorted = names.clone();
        Arrays.sort(sorted);
        StringBuilder html = new StringBuilder();
        String title = Html.escape(dir);
        html.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Index of ").append(title)
                .append("</title></head>\n<body><h1>Index of ").append(title).append("</h1>\n<ul>\n");
        if (!dir.equals("/")) {
            html.append("<li><a href=\"../\">../</a></li>\n");
        }
        for (String name : sorted) {
            html.append("<li><a href=\"").append(Html.escape(UrlPath.encode(name))).append("\">")
                    .append(Html.escape(name)).append("</a></li>\n");
        }
        html.append("</ul></body></html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }
}
