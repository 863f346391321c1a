package org.torito.examples;

/** An HTTP Range header with one byte range (RFC 9110 14.1.2); several ranges are answered in full. */
final class ByteRange {
    private static final long[] WHOLE = new long[0];

    private ByteRange() {
    }

    /**
     * {first, last} of {@code header} for a body of {@code size} bytes; an empty array for "send
     * it all" (not bytes, several ranges, unparsable: RFC 9110 lets a server ignore Range); null
     * when the range is not satisfiable (416).
     */
    static long[] parse(String header, long size) {
        if (!header.startsWith("bytes=") || header.indexOf(',') >= 0) {
            return WHOLE;
        }
        String spec = header.substring("bytes=".length()).trim();
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return WHOLE;
        }
        String a = spec.substring(0, dash).trim();
        String b = spec.substring(dash + 1).trim();
        long first;
        long last;
        try {
            if (a.isEmpty()) {
                long suffix = Long.parseLong(b);
                if (suffix <= 0) {
                    return null;
                }
                first = Math.max(0, size - suffix);
                last = size - 1;
            } else {
                first = Long.parseLong(a);
                last = b.isEmpty() ? size - 1 : Math.min(Long.parseLong(b), size - 1);
                if (first < 0 || (!b.isEmpty() && Long.parseLong(b) < first)) {
                    return WHOLE;
                }
            }
        } catch (NumberFormatException e) {
            return WHOLE;
        }
        if (first >= size || size == 0) {
            return null;
        }
        return new long[] {first, last};
    }
}
