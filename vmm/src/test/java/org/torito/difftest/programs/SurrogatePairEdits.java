package org.torito.difftest.programs;

/** Surrogate pairs through StringBuilder insert/delete/appendCodePoint/codePointAt/setCharAt, new String(int[], ...), and String's char views. */
public final class SurrogatePairEdits {
    private SurrogatePairEdits() {
    }

    public static void main(String[] args) {
        int[] cps = {0x61, 0x1F600, 0xE9, 0x10000, 0x10FFFF, 0x4E2D, 0x1D11E};
        String s = new String(cps, 0, cps.length);
        System.out.println("fromCodePoints len=" + s.length() + " cps=" + s.codePointCount(0, s.length()) + " " + hex(s));
        System.out.println("sub-range " + hex(new String(cps, 1, 3)) + " empty=" + new String(cps, 7, 0).isEmpty());
        for (int[] bad : new int[][] {{0x110000}, {-1}, {0x41, Integer.MAX_VALUE}}) {
            try {
                System.out.println(new String(bad, 0, bad.length));
            } catch (IllegalArgumentException e) {
                System.out.println("new String(bad code point): " + e.getClass().getName());
            }
        }
        try {
            System.out.println(new String(cps, 5, 3));
        } catch (IndexOutOfBoundsException e) {
            System.out.println("new String(cps, 5, 3): IndexOutOfBounds");
        }
        // Lone surrogates are kept as chars.
        String lone = new String(new int[] {0xD800, 0x41, 0xDC00}, 0, 3);
        System.out.println("lone " + lone.length() + " " + hex(lone) + " " + lone.codePointCount(0, 3));
        StringBuilder sb = new StringBuilder("ab");
        sb.appendCodePoint(0x1F600).appendCodePoint(0x63).appendCodePoint(0x10437);
        System.out.println("built " + hex(sb) + " len=" + sb.length() + " cpCount=" + sb.codePointCount(0, sb.length()));
        for (int i = 0; i <= sb.length(); i++) {
            String at = i < sb.length() ? Integer.toHexString(sb.codePointAt(i)) : "-";
            String before = i > 0 ? Integer.toHexString(sb.codePointBefore(i)) : "-";
            System.out.println("  " + i + ": at=" + at + " before=" + before + " char=" + (i < sb.length() ? Integer.toHexString(sb.charAt(i)) : "-"));
        }
        System.out.println("offsetByCodePoints " + sb.offsetByCodePoints(0, 3) + " " + sb.offsetByCodePoints(sb.length(), -1)
                + " " + sb.offsetByCodePoints(3, 1));
        StringBuilder ins = new StringBuilder(sb);
        ins.insert(3, "X");
        System.out.println("insert inside pair " + hex(ins) + " cps=" + ins.codePointCount(0, ins.length()));
        ins = new StringBuilder(sb);
        ins.insert(2, "\uD83D\uDE01").insert(0, Character.toChars(0x1F602)).insert(ins.length(), 'z');
        System.out.println("insert pairs " + hex(ins));
        StringBuilder del = new StringBuilder(sb);
        del.deleteCharAt(2);
        System.out.println("deleteCharAt high " + hex(del) + " " + del.codePointCount(0, del.length()));
        del = new StringBuilder(sb);
        del.delete(3, 5);
        System.out.println("delete low+c " + hex(del));
        del = new StringBuilder(sb);
        del.delete(2, 4).replace(0, 1, "\uD83E\uDD16");
        System.out.println("delete pair, replace " + hex(del));
        StringBuilder set = new StringBuilder(sb);
        set.setCharAt(3, 'L');
        set.setCharAt(5, '\uD800');
        System.out.println("setCharAt " + hex(set) + " reverse " + hex(new StringBuilder(sb).reverse()) + " sub " + hex(sb.substring(2, 4))
                + " indexOf " + sb.indexOf("\uDE00") + " " + sb.lastIndexOf("\uD83D"));
        String str = sb.toString();
        StringBuilder chars = new StringBuilder("chars:");
        str.chars().forEach(c -> chars.append(' ').append(Integer.toHexString(c)));
        System.out.println(chars + " sum=" + str.chars().sum() + " cpsum=" + str.codePoints().sum() + " cpcount="
                + str.codePoints().count() + " max=" + Integer.toHexString(str.codePoints().max().getAsInt()));
        char[] dst = new char[8];
        str.getChars(1, 5, dst, 2);
        System.out.println("getChars " + hex(new String(dst)) + " subSequence " + hex(str.subSequence(2, 4).toString())
                + " toCharArray " + str.toCharArray().length + " valueOfCp " + hex(new String(Character.toChars(0x10437))));
        System.out.println("compare " + Integer.signum("\uD83D\uDE00".compareTo("\uFFFF")) + " "
                + Integer.signum("\uE000".compareTo("\uD800\uDC00")) + " " + "\uD83D\uDE00".equals(new String(Character.toChars(0x1F600)))
                + " hash " + "\uD83D\uDE00".hashCode() + " " + str.hashCode());
    }

    private static String hex(CharSequence s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            b.append(Integer.toHexString(s.charAt(i))).append('.');
        }
        return b.toString();
    }
}
