package org.torito.difftest.programs;

/** Switch selectors of every allowed type (char, byte, short, boxed Integer/Character incl. null, negative and sparse cases), pattern switches on boxed values with guards, and loop forms: several for-updaters, char counters, byte counters that wrap, do-while with continue. */
public class SwitchSelectorsAndLoops {
    static String charKind(char c) {
        switch (c) {
            case 'a': case 'e': case 'i': case 'o': case 'u':
                return "vowel";
            case ' ':
                return "space";
            case '\u00e9':
                return "e-acute";
            case '\uffff':
                return "max char";
            default:
                return Character.isDigit(c) ? "digit" : "other";
        }
    }

    static String byteKind(byte b) {
        return switch (b) {
            case -128 -> "min";
            case -1 -> "minus one";
            case 0 -> "zero";
            case 127 -> "max";
            default -> b < 0 ? "negative" : "positive";
        };
    }

    static int shortSparse(short s) {
        return switch (s) {
            case -32768 -> 1;
            case -1000 -> 2;
            case 7 -> 3;
            case 1000 -> 4;
            case 32767 -> 5;
            default -> 0;
        };
    }

    static String boxed(Integer i) {
        try {
            switch (i) {
                case 1:
                    return "one";
                case 2:
                    return "two";
                default:
                    return "many " + i;
            }
        } catch (NullPointerException e) {
            return "boxed null: " + e.getClass().getName();
        }
    }

    static String patternBoxed(Object o) {
        return switch (o) {
            case Integer i when i < 0 -> "negative int";
            case Integer i when i == 0 -> "zero int";
            case Integer i -> "int " + Integer.toBinaryString(i);
            case Character c when Character.isLetter(c) -> "letter " + c;
            case Character c -> "char code " + (int) c;
            case Byte b -> "byte " + b;
            case null -> "null";
            default -> "other";
        };
    }

    static String characterBoxed(Character c) {
        return switch (c) {
            case 'x' -> "ex";
            case 'y' -> "why";
            default -> "char " + c;
        };
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (char c : "ai 7z\u00e9\uffff".toCharArray()) {
            sb.append(charKind(c)).append(' ');
        }
        System.out.println("chars: " + sb);
        sb.setLength(0);
        for (byte b : new byte[] {-128, -5, -1, 0, 9, 127}) {
            sb.append(byteKind(b)).append(' ');
        }
        System.out.println("bytes: " + sb);
        sb.setLength(0);
        for (short s : new short[] {Short.MIN_VALUE, -1000, 7, 8, 1000, Short.MAX_VALUE}) {
            sb.append(shortSparse(s));
        }
        System.out.println("shorts: " + sb);
        System.out.println(boxed(1) + ", " + boxed(2) + ", " + boxed(300) + ", " + boxed(null));
        for (Object o : new Object[] {-3, 0, 10, 'q', '7', (byte) 4, null, 2L}) {
            System.out.println("pattern " + o + ": " + patternBoxed(o));
        }
        System.out.println("Character selector: " + characterBoxed('x') + " " + characterBoxed('z'));
        try {
            Character nc = null;
            System.out.println(characterBoxed(nc));
        } catch (NullPointerException e) {
            System.out.println("Character null: " + e.getClass().getName());
        }

        sb.setLength(0);
        for (int i = 0, j = 10; i < j; i += 2, j--) {
            sb.append(i).append(':').append(j).append(' ');
        }
        System.out.println("two updaters: " + sb);
        sb.setLength(0);
        for (char c = 'a'; c <= 'z'; c += 5) {
            sb.append(c);
        }
        System.out.println("char loop: " + sb);
        int iterations = 0;
        byte last = 0;
        for (byte b = 120; b > 0 && iterations < 20; b++) {
            iterations++;
            last = b;
        }
        System.out.println("byte loop wraps after " + iterations + " last " + last);
        int n = 0;
        int evens = 0;
        do {
            n++;
            if (n % 2 == 1) {
                continue;
            }
            evens += n;
        } while (n < 10);
        System.out.println("do-while continue: n=" + n + " evens=" + evens);
        long big = 0;
        for (long l = Integer.MAX_VALUE - 2L; l <= Integer.MAX_VALUE + 2L; l++) {
            big += l & 0xff;
        }
        System.out.println("long counter across int max: " + big);
        int countdown = 0;
        for (int i = Integer.MIN_VALUE + 3; i != Integer.MAX_VALUE - 2; i--) {
            countdown++;
        }
        System.out.println("int counter wrapping down: " + countdown);
        String s = "";
        for (;;) {
            s += s.length();
            if (s.length() > 8) {
                break;
            }
        }
        System.out.println("for(;;): " + s);
    }
}
