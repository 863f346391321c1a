package org.torito.guest.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The image's String.toUpperCase/toLowerCase against the JDK's, on HotSpot. */
class StringCaseTest {
    private static final Locale TURKISH = Locale.forLanguageTag("tr");

    @Test
    void everyCodePointMapsAsOnTheJdk() {
        for (int point = 0; point <= Character.MAX_CODE_POINT; point++) {
            if (!Character.isDefined(point)) {
                continue;
            }
            String text = new String(Character.toChars(point));
            String where = "U+" + Integer.toHexString(point);
            assertEquals(text.toUpperCase(Locale.ROOT), StringCase.toUpperCase(text, Locale.ROOT), where);
            assertEquals(text.toLowerCase(Locale.ROOT), StringCase.toLowerCase(text, Locale.ROOT), where);
        }
    }

    @Test
    void wordsWithSigmaAndMarksLowerAsOnTheJdk() {
        // Words, digits, combining marks, spaces and the punctuation that ends a word. The JDK finds
        // a word's end with its own BreakIterator, whose rules for a hyphen or a period inside a
        // word differ from Unicode's; StringCase follows Unicode there.
        String[] pieces = {"\u03A3", "\u039F", "\u0394", "\u03C3", " ", ", ", "! ", "\u0301", "a", "1", "\u00C0"};
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(1, 7); n > 0; n--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = text.toString();
            assertEquals(s.toLowerCase(Locale.ROOT), StringCase.toLowerCase(s, Locale.ROOT), s);
            assertEquals(s.toUpperCase(Locale.ROOT), StringCase.toUpperCase(s, Locale.ROOT), s);
        }
    }

    @Test
    void turkishDotlessAndDottedI() {
        for (String s : new String[] {"Iiİı", "DİYARBAKIR", "istanbul", "ǰß"}) {
            assertEquals(s.toUpperCase(TURKISH), StringCase.toUpperCase(s, TURKISH), s);
            assertEquals(s.toLowerCase(TURKISH), StringCase.toLowerCase(s, TURKISH), s);
        }
    }
}
