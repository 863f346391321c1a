package org.torito.guest.runtime.format;

import java.text.DateFormat;
import java.text.SimpleDateFormat;
import java.util.Locale;
import org.torito.guest.runtime.ClasslibAccess;

/**
 * DateFormat.getTimeInstance(int, Locale) and getDateTimeInstance(int, int, Locale) with the
 * patterns of JDK 25, whose CLDR data (42 and later) differs from the older CLDR compiled into
 * TeaVM 0.15 for English: a narrow no-break space (U+202F) before the AM/PM marker ("h:mm:ss a"
 * is "h:mm:ss\u202Fa"), and date and time joined by ", " in every style (TeaVM: "{1} 'at' {0}"
 * for FULL and LONG). TeaVM also passed the date style to the time pattern and the time style
 * to the date pattern. java.time's ofLocalizedTime and ofLocalizedDateTime take their patterns
 * from these methods in TeaVM's class library. The image pipeline
 * (org.torito.boot.teavm.classlib.TextFixes) routes TeaVM's methods here; other languages keep
 * TeaVM's patterns.
 */
public final class LocalizedDatePatterns {
    private static final char NARROW_NO_BREAK_SPACE = '\u202F';

    private LocalizedDatePatterns() {
    }

    public static DateFormat getTimeInstance(int style, Locale locale) {
        return new SimpleDateFormat(timePattern(style, locale), locale);
    }

    public static DateFormat getDateTimeInstance(int dateStyle, int timeStyle, Locale locale) {
        // The glue of the shorter style, as both the JDK and TeaVM choose it.
        int style = Math.max(dateStyle, timeStyle);
        String glue = isEnglish(locale) ? "{1}, {0}" : ClasslibAccess.cldrDateTimePattern(style, locale);
        String pattern = glue.replace("{0}", timePattern(timeStyle, locale))
                .replace("{1}", ClasslibAccess.cldrDatePattern(dateStyle, locale));
        return new SimpleDateFormat(pattern, locale);
    }

    private static String timePattern(int style, Locale locale) {
        String pattern = ClasslibAccess.cldrTimePattern(style, locale);
        return isEnglish(locale) ? pattern.replace(" a", NARROW_NO_BREAK_SPACE + "a") : pattern;
    }

    private static boolean isEnglish(Locale locale) {
        return locale.getLanguage().equals("en");
    }
}
