package org.torito.difftest.programs;

/** StringBuilder insert and append of every type (boolean, char, int, long, float, double, Object, null String, char[]) at the start, middle and end, chained, and the same text built by concatenation and String.valueOf. */
public class StringBuilderInsertEveryType {
    static final class Named {
        @Override
        public String toString() {
            return "<named>";
        }
    }

    public static void main(String[] args) {
        int[] positions = {0, 2, 4};
        for (int pos : positions) {
            StringBuilder sb = new StringBuilder("abcd");
            sb.insert(pos, true);
            System.out.println(pos + " boolean " + sb);
            sb = new StringBuilder("abcd").insert(pos, 'Z');
            System.out.println(pos + " char " + sb);
            sb = new StringBuilder("abcd").insert(pos, Integer.MIN_VALUE);
            System.out.println(pos + " int " + sb);
            sb = new StringBuilder("abcd").insert(pos, Long.MIN_VALUE);
            System.out.println(pos + " long " + sb);
            sb = new StringBuilder("abcd").insert(pos, 1.0E-5f);
            System.out.println(pos + " float " + sb);
            sb = new StringBuilder("abcd").insert(pos, 1.0E23);
            System.out.println(pos + " double " + sb);
            sb = new StringBuilder("abcd").insert(pos, new Named());
            System.out.println(pos + " object " + sb);
            sb = new StringBuilder("abcd").insert(pos, (Object) null);
            System.out.println(pos + " null object " + sb);
            sb = new StringBuilder("abcd").insert(pos, (String) null);
            System.out.println(pos + " null string " + sb);
            sb = new StringBuilder("abcd").insert(pos, new char[] {'x', 'y'});
            System.out.println(pos + " char[] " + sb);
            sb = new StringBuilder("abcd").insert(pos, new StringBuilder("sb"));
            System.out.println(pos + " builder " + sb);
        }
        // Doubles and floats through insert are Double.toString's and Float.toString's text.
        double[] doubles = {0.1, -0.0, 1e7, 1e-3, 9.999999999999999e22, Double.MIN_VALUE, Double.NaN, 100.0, 1234567.0, 0.001};
        for (double d : doubles) {
            String viaInsert = new StringBuilder("[]").insert(1, d).toString();
            String viaAppend = new StringBuilder("[").append(d).append(']').toString();
            String viaConcat = "[" + d + "]";
            System.out.println("double " + viaInsert + " " + viaInsert.equals(viaAppend) + " " + viaAppend.equals(viaConcat)
                    + " " + String.valueOf(d).equals(Double.toString(d)));
        }
        float[] floats = {0.1f, 1e10f, 3.4028235e38f, 1.17549435E-38f, 16777216f, 0.3f, 1e-10f};
        for (float f : floats) {
            String viaInsert = new StringBuilder("[]").insert(1, f).toString();
            System.out.println("float " + viaInsert + " " + viaInsert.equals("[" + f + "]") + " " + String.valueOf(f));
        }
        // Chained appends of every type, then the same through concatenation.
        char c = 'q';
        byte b = -7;
        short s = 300;
        long l = 1L << 40;
        Object nothing = null;
        char[] chars = {'h', 'i'};
        StringBuilder chained = new StringBuilder().append(c).append(b).append(s).append(l).append(2.5f).append(-0.0)
                .append(false).append(nothing).append(chars).append(new Named()).append((CharSequence) "cs").append(new StringBuffer("buf"));
        String concatenated = "" + c + b + s + l + 2.5f + -0.0 + false + nothing + String.valueOf(chars) + new Named() + "cs" + new StringBuffer("buf");
        System.out.println("chained " + chained + " " + chained.toString().equals(concatenated));
        // A negative insert position (one past the end is RandomStringBuilding's known difference).
        int[] bad = {-1, Integer.MIN_VALUE};
        for (int pos : bad) {
            try {
                new StringBuilder("abcd").insert(pos, "x");
                System.out.println("insert " + pos + " accepted");
            } catch (StringIndexOutOfBoundsException e) {
                System.out.println("insert " + pos + " " + e.getClass().getName());
            }
        }
        // Insert into itself and append itself.
        StringBuilder self = new StringBuilder("ab");
        self.insert(1, self);
        System.out.println("self insert " + self);
        self.append(self);
        System.out.println("self append " + self);
        self.append(self, 1, 3);
        System.out.println("self append range " + self);
        // Building a long text by insertion at the front gives the reversed order.
        StringBuilder front = new StringBuilder();
        for (int n = 0; n < 40; n++) {
            front.insert(0, n % 10);
        }
        System.out.println("front " + front + " " + front.length());
    }
}
