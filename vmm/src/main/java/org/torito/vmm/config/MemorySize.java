package org.torito.vmm.config;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of memory in bytes, read from text such as {@code "64M"}, {@code "1.5G"} or
 * {@code "512KiB"}. Units are binary (K = 1024) because guest RAM is laid out in pages; the
 * decimal spellings "MB", "GB" are rejected rather than guessed. A plain number is bytes.
 */
public record MemorySize(long bytes) {
    public static final long KIB = 1L << 10;
    public static final long MIB = 1L << 20;
    public static final long GIB = 1L << 30;
    public static final long TIB = 1L << 40;

    private static final Pattern SYNTAX =
            Pattern.compile("([0-9]+(?:\\.[0-9]+)?)(?:([KMGTkmgt])(iB)?)?");
    private static final String HINT = "(use e.g. \"64M\" or \"1G\")";

    public MemorySize {
        if (bytes < 0) {
            throw new IllegalArgumentException("negative memory size " + bytes);
        }
    }

    /** Reads {@code text}; the reason in the exception quotes it as given. */
    public static MemorySize parse(String text) throws InvalidValueException {
        Matcher m = SYNTAX.matcher(text);
        if (!m.matches()) {
            throw new InvalidValueException(ShownValue.of(text) + " is not a size " + HINT);
        }
        long unit = m.group(2) == null ? 1 : unitOf(m.group(2));
        BigDecimal exact = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unit));
        BigInteger whole;
        try {
            whole = exact.toBigIntegerExact();
        } catch (ArithmeticException fractionOfAByte) {
            throw new InvalidValueException(ShownValue.of(text) + " is not a whole number of bytes");
        }
        if (whole.bitLength() > 62) {
            throw new InvalidValueException(ShownValue.of(text) + " is too large");
        }
        return new MemorySize(whole.longValueExact());
    }

    private static long unitOf(String letter) {
        return switch (letter.toUpperCase(Locale.ROOT)) {
            case "K" -> KIB;
            case "M" -> MIB;
            case "G" -> GIB;
            case "T" -> TIB;
            default -> throw new IllegalStateException("the pattern admits no unit " + letter);
        };
    }

    /** The shortest exact spelling that {@link #parse} reads back: "64M", "1G", "1536K", "100". */
    @Override
    public String toString() {
        if (bytes != 0) {
            if (bytes % TIB == 0) return bytes / TIB + "T";
            if (bytes % GIB == 0) return bytes / GIB + "G";
            if (bytes % MIB == 0) return bytes / MIB + "M";
            if (bytes % KIB == 0) return bytes / KIB + "K";
        }
        return Long.toString(bytes);
    }
}
