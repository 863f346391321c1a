package org.torito.examples;

/** A file's Content-Type by its extension, as web servers map them; unknown ones are octet streams. */
final class ContentTypes {
    private static final String[][] TYPES = {
            {"html", "text/html; charset=utf-8"}, {"htm", "text/html; charset=utf-8"},
            {"css", "text/css; charset=utf-8"}, {"js", "text/javascript; charset=utf-8"},
            {"mjs", "text/javascript; charset=utf-8"}, {"json", "application/json"},
            {"txt", "text/plain; charset=utf-8"}, {"md", "text/markdown; charset=utf-8"},
            {"csv", "text/csv; charset=utf-8"}, {"xml", "application/xml"}, {"svg", "image/svg+xml"},
            {"png", "image/png"}, {"jpg", "image/jpeg"}, {"jpeg", "image/jpeg"}, {"gif", "image/gif"},
            {"webp", "image/webp"}, {"ico", "image/vnd.microsoft.icon"}, {"avif", "image/avif"},
            {"woff", "font/woff"}, {"woff2", "font/woff2"}, {"ttf", "font/ttf"}, {"otf", "font/otf"},
            {"pdf", "application/pdf"}, {"zip", "application/zip"}, {"gz", "application/gzip"},
            {"tar", "application/x-tar"}, {"wasm", "application/wasm"}, {"mp4", "video/mp4"},
            {"webm", "video/webm"}, {"mp3", "audio/mpeg"}, {"ogg", "audio/ogg"}, {"wav", "audio/wav"},
    };

    private ContentTypes() {
    }

    static String of(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        if (dot > slash + 1) {
            String ext = path.substring(dot + 1).toLowerCase();
            for (String[] t : TYPES) {
                if (t[0].equals(ext)) {
                    return t[1];
                }
            }
        }
        return "application/octet-stream";
    }
}
