package org.torito.difftest.programs;

/** switch on strings (incl. hash collisions), chars, dense and sparse ints, and switch expressions. */
public class StringSwitch {
    public static void main(String[] args) {
        // "Aa" and "BB" share a hash code, as do "AaAa", "BBBB", "AaBB" and "BBAa".
        System.out.println("hashes " + "Aa".hashCode() + " " + "BB".hashCode() + " " + "AaAa".hashCode() + " " + "BBBB".hashCode());
        String[] keys = {"Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "C#", "", "hello", "HELLO", "Hello", "world", "Ab", "Ba", null};
        for (String k : keys) {
            System.out.println(k + " -> " + classic(k) + " / " + arrow(k));
        }
        StringBuilder cs = new StringBuilder();
        for (char c = 0; c < 128; c++) {
            cs.append(charClass(c));
        }
        System.out.println(cs);
        StringBuilder dense = new StringBuilder();
        StringBuilder sparse = new StringBuilder();
        for (int i = -3; i < 15; i++) {
            dense.append(dense(i)).append(',');
        }
        for (int i : new int[] {Integer.MIN_VALUE, -1000000, -1, 0, 1, 1000, 65536, 1000000, Integer.MAX_VALUE, 7}) {
            sparse.append(sparse(i)).append(',');
        }
        System.out.println(dense);
        System.out.println(sparse);
        int fall = 0;
        for (int i = 0; i < 5; i++) {
            switch (i) {
                case 0:
                    fall += 1;
                case 1:
                    fall += 10;
                    break;
                case 2:
                    fall += 100;
                default:
                    fall += 1000;
            }
        }
        System.out.println("fallthrough " + fall);
    }

    static String classic(String s) {
        if (s == null) {
            return "null";
        }
        switch (s) {
            case "Aa":
                return "Aa-branch";
            case "BB":
                return "BB-branch";
            case "AaAa":
            case "BBBB":
                return "four";
            case "AaBB":
                return "mixed1";
            case "":
                return "empty";
            case "hello":
                return "greeting";
            default:
                return "other";
        }
    }

    static int arrow(String s) {
        return switch (s) {
            case "BBAa" -> 1;
            case "Aa", "BB" -> 2;
            case "HELLO", "Hello" -> 3;
            case "world" -> {
                int x = s.length();
                yield x * 10;
            }
            case null -> -1;
            default -> 0;
        };
    }

    static char charClass(char c) {
        switch (c) {
            case 'a': case 'e': case 'i': case 'o': case 'u':
                return 'V';
            case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
                return 'D';
            case ' ': case '\t': case '\n':
                return '_';
            default:
                return Character.isLetter(c) ? 'c' : '.';
        }
    }

    static String dense(int i) {
        switch (i) {
            case 0: return "zero";
            case 1: return "one";
            case 2: return "two";
            case 3: return "three";
            case 4: return "four";
            case 5: return "five";
            case 6: return "six";
            case 8: return "eight";
            case 9: return "nine";
            case 10: return "ten";
            default: return "?";
        }
    }

    static String sparse(int i) {
        return switch (i) {
            case Integer.MIN_VALUE -> "min";
            case -1000000 -> "-1M";
            case -1 -> "m1";
            case 1000 -> "k";
            case 65536 -> "64k";
            case 1000000 -> "M";
            case Integer.MAX_VALUE -> "max";
            default -> "d" + i;
        };
    }
}
