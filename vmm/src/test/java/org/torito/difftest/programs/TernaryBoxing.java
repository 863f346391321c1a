package org.torito.difftest.programs;

/** The conditional operator's typing (binary numeric promotion, boxing and unboxing, NPE on unboxing null), Integer/Long/Character caches compared with ==, mixed boxed comparisons. */
public class TernaryBoxing {
    static Integer nothing() {
        return null;
    }

    static boolean flag(int n) {
        return n % 2 == 0;
    }

    public static void main(String[] args) {
        boolean t = flag(2);
        boolean f = flag(3);
        Object o1 = t ? 1 : 2.0;
        System.out.println("int:double -> " + o1 + " " + o1.getClass().getSimpleName());
        Object o2 = t ? Integer.valueOf(1) : Double.valueOf(2.0);
        System.out.println("Integer:Double -> " + o2 + " " + o2.getClass().getSimpleName());
        Object o3 = t ? (Object) 1 : 2.0;
        System.out.println("Object:double -> " + o3 + " " + o3.getClass().getSimpleName());
        Object o4 = t ? 'a' : 0;
        System.out.println("char:0 -> " + o4 + " " + o4.getClass().getSimpleName());
        int big = 70000;
        Object o5 = t ? 'a' : big;
        System.out.println("char:int var -> " + o5 + " " + o5.getClass().getSimpleName());
        Object o6 = t ? (byte) 1 : (short) 2;
        System.out.println("byte:short -> " + o6 + " " + o6.getClass().getSimpleName());
        Object o7 = f ? 1L : 'x';
        System.out.println("long:char -> " + o7 + " " + o7.getClass().getSimpleName());
        Object o8 = t ? 1 : "one";
        System.out.println("int:String -> " + o8 + " " + o8.getClass().getSimpleName());
        long widened = t ? 5 : 6L;
        System.out.println("widened: " + widened);
        Object o9 = t ? 'b' : (byte) 10;
        System.out.println("char:byte const -> " + o9 + " " + o9.getClass().getSimpleName());
        Object o10 = t ? Character.valueOf('q') : Integer.valueOf(1);
        System.out.println("Character:Integer -> " + o10 + " " + o10.getClass().getSimpleName());

        Integer nul = null;
        try {
            Integer r = t ? nul : 0;
            System.out.println("Integer null : 0 -> " + r);
        } catch (NullPointerException e) {
            System.out.println("Integer null : 0 -> " + e.getClass().getName());
        }
        Integer r2 = t ? nul : Integer.valueOf(0);
        System.out.println("Integer null : Integer -> " + r2);
        try {
            int r3 = f ? 1 : nothing();
            System.out.println("1 : null method -> " + r3);
        } catch (NullPointerException e) {
            System.out.println("1 : null method -> " + e.getClass().getName());
        }
        try {
            Object r4 = t ? nothing() : 1.5;
            System.out.println("null Integer : double -> " + r4);
        } catch (NullPointerException e) {
            System.out.println("null Integer : double -> " + e.getClass().getName());
        }

        Integer a = 127;
        Integer b = 127;
        Integer c = 128;
        Integer d = 128;
        System.out.println("127 == 127: " + (a == b) + ", 128 == 128: " + (c == d) + ", equals: " + c.equals(d));
        Integer m1 = -128;
        Integer m2 = -128;
        Integer m3 = -129;
        Integer m4 = -129;
        System.out.println("-128 == -128: " + (m1 == m2) + ", -129 == -129: " + (m3 == m4));
        System.out.println("valueOf(5)==valueOf(5): " + (Integer.valueOf(5) == Integer.valueOf(5)));
        Long la = 127L;
        Long lb = 127L;
        Long lc = 1000L;
        Long ld = 1000L;
        System.out.println("Long 127: " + (la == lb) + ", Long 1000: " + (lc == ld));
        Character ca = 'x';
        Character cb = 'x';
        System.out.println("Character 'x' cached: " + (ca == cb));
        Boolean ba = true;
        Boolean bb = Boolean.valueOf("TRUE");
        System.out.println("Boolean cached: " + (ba == bb));
        Short sa = 100;
        Short sb = 100;
        Byte ya = -5;
        Byte yb = -5;
        System.out.println("Short 100: " + (sa == sb) + ", Byte -5: " + (ya == yb));

        System.out.println("Integer 128 == int 128: " + (c == 128));
        System.out.println("Integer < Integer: " + (c < d) + " " + (c <= d));
        Long lx = 128L;
        System.out.println("Long.equals(Integer): " + lx.equals(128) + ", Long == int: " + (lx == 128));
        Object eq = 128;
        System.out.println("Object(128).equals(128L): " + eq.equals(128L) + " equals(128): " + eq.equals(128));
        Integer counter = 0;
        for (int i = 0; i < 300; i++) {
            counter++;
        }
        System.out.println("boxed counter: " + counter + " == 300: " + (counter == 300) + " equals: " + counter.equals(300));
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            Integer boxed = i % 3 == 0 ? null : i;
            sum += boxed == null ? -1 : boxed;
        }
        System.out.println("sum with nulls: " + sum);
        double dd = t ? 1 / 2 : 1.0;
        System.out.println("int division before promotion: " + dd);
        System.out.println("nested: " + (t ? f ? "tf" : "t!f" : "!t"));
        char ch = t ? 'A' : 'B';
        ch += t ? 1 : 2;
        System.out.println("char from ternary: " + ch);
        System.out.println("print char or int: " + (t ? 'x' : 0) + " " + (t ? 'x' : big));
    }
}
