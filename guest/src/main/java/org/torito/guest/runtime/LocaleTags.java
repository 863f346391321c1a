package org.torito.guest.runtime;

import java.util.Locale;

/**
 * Locale.forLanguageTag and Locale.of, which TeaVM 0.15 lacks (a program calling them did not
 * build); the image pipeline adds them (org.torito.boot.teavm.classlib.TextFixes). A tag is
 * read as BCP 47's language[-script][-region][-variant...]; the script and extensions are
 * dropped, as TeaVM's Locale has no place for them.
 */
public final class LocaleTags {

    private LocaleTags() {
    }

    @SuppressWarnings("deprecation") // Locale.of is what is being supplied
    public static Locale forLanguageTag(String tag) {
        String[] parts = tag.replace('_', '-').split("-");
        String language = "";
        String region = "";
        StringBuilder variant = new StringBuilder();
        int i = 0;
        if (i < parts.length && parts[i].matches("[A-Za-z]{2,8}") && !parts[i].equalsIgnoreCase("und")) {
            language = parts[i].toLowerCase(Locale.ROOT);
        } else if (i < parts.length && !parts[i].equalsIgnoreCase("und")) {
            return Locale.ROOT;
        }
        i++;
        if (i < parts.length && parts[i].matches("[A-Za-z]{4}")) {
            i++;
        }
        if (i < parts.length && parts[i].matches("[A-Za-z]{2}|[0-9]{3}")) {
            region = parts[i].toUpperCase(Locale.ROOT);
            i++;
        }
        for (; i < parts.length && parts[i].matches("[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}"); i++) {
            variant.append(variant.isEmpty() ? "" : "_").append(parts[i]);
        }
        return new Locale(language, region, variant.toString());
    }

    @SuppressWarnings("deprecation")
    public static Locale of(String language) {
        return new Locale(language);
    }

    @SuppressWarnings("deprecation")
    public static Locale of(String language, String country) {
        return new Locale(language, country);
    }

    @SuppressWarnings("deprecation")
    public static Locale of(String language, String country, String variant) {
        return new Locale(language, country, variant);
    }
}
