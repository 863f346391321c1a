package org.torito.difftest.programs;

/** Compound assignment's implicit narrowing (byte += 300, char *= 2, short <<= , int += double), ++ on byte/char wrap, evaluation order of the left operand, array element compound ops. */
public class CompoundAssignNarrowing {
    static int calls;

    static int index(int i) {
        calls++;
        System.out.println("  index(" + i + ")");
        return i;
    }

    public static void main(String[] args) {
        byte b = 10;
        b += 300;
        System.out.println("byte 10 += 300: " + b);
        b = 127;
        b++;
        System.out.println("byte 127++: " + b);
        b = -128;
        b--;
        System.out.println("byte -128--: " + b);
        b = 100;
        b *= 3;
        System.out.println("byte 100 *= 3: " + b);
        b = -7;
        b >>>= 1;
        System.out.println("byte -7 >>>= 1: " + b);
        b = -7;
        b >>= 1;
        System.out.println("byte -7 >>= 1: " + b);
        b = 5;
        b /= 2.6;
        System.out.println("byte 5 /= 2.6: " + b);

        char c = 'A';
        c *= 2;
        System.out.println("char 'A' *= 2: " + (int) c);
        c = 'z';
        c += 1;
        System.out.println("char 'z' += 1: " + c);
        c = 0;
        c--;
        System.out.println("char 0--: " + (int) c);
        c = 'a';
        c -= 32;
        System.out.println("char 'a' -= 32: " + c);
        c = '\uffff';
        c++;
        System.out.println("char ffff++: " + (int) c);
        c = 'x';
        c += 1.9;
        System.out.println("char 'x' += 1.9: " + c);

        short s = 1;
        s <<= 15;
        System.out.println("short 1 <<= 15: " + s);
        s <<= 1;
        System.out.println("short <<= 1 again: " + s);
        s = 30000;
        s += 30000;
        System.out.println("short 30000 += 30000: " + s);

        int i = 5;
        i += 2.7;
        System.out.println("int 5 += 2.7: " + i);
        i = Integer.MAX_VALUE;
        i += 1.0;
        System.out.println("int MAX += 1.0: " + i);
        i = 10;
        i *= 1e20;
        System.out.println("int 10 *= 1e20: " + i);
        i = 7;
        i -= Double.NaN;
        System.out.println("int 7 -= NaN: " + i);
        i = 1;
        i <<= 33;
        System.out.println("int 1 <<= 33: " + i);
        i = 100;
        i /= 0.3f;
        System.out.println("int 100 /= 0.3f: " + i);

        long l = 1;
        l += 0.5;
        System.out.println("long 1 += 0.5: " + l);
        l = Long.MAX_VALUE;
        l += 1.0f;
        System.out.println("long MAX += 1.0f: " + l);

        float f = 16777216f;
        f += 1;
        System.out.println("float 2^24 += 1: " + f);

        int x = 3;
        x += x++ * 2 + ++x;
        System.out.println("x += x++ * 2 + ++x: " + x);
        int y = 4;
        y = y++ + y++;
        System.out.println("y = y++ + y++: " + y);

        byte[] arr = {120, 0, -1};
        System.out.println("array compound with side effects:");
        arr[index(0)] += 10;
        arr[index(2)] >>>= 4;
        arr[index(1)]++;
        System.out.println("  arr: " + arr[0] + " " + arr[1] + " " + arr[2] + " calls=" + calls);
        char[] cs = {'a', 'b'};
        cs[index(1)] *= 3;
        System.out.println("  cs[1]: " + (int) cs[1]);
        int[] ints = {1, 2, 3};
        int k = 0;
        ints[k++] += ints[k] * 10;
        System.out.println("  ints[k++] += ints[k]*10: " + ints[0] + " k=" + k);
        String str = "s";
        str += 1 + 2;
        str += 'c';
        str += (char) ('c' + 1);
        str += null;
        System.out.println("string +=: " + str);
        b = 0;
        for (int n = 0; n < 1000; n++) {
            b += n;
        }
        System.out.println("byte sum loop: " + b);
        c = 0;
        for (int n = 0; n < 70000; n++) {
            c += 3;
        }
        System.out.println("char sum loop: " + (int) c);
    }
}
