package org.torito.difftest.programs;

/**
 * Single large arrays (32 MiB int[], 48 MiB long[]) allocated repeatedly while older ones die,
 * within TeaVM's default 128 MiB heap: at most one of each size is live at a time.
 */
public class GcLargeArrays {
    static final int INTS_32MIB = 8_388_608;
    static final int LONGS_48MIB = 6_291_456;

    public static void main(String[] args) {
        long total = 0;
        for (int round = 0; round < 6; round++) {
            int[] ints = new int[INTS_32MIB];
            for (int i = 0; i < ints.length; i += 4096) {
                ints[i] = i ^ round;
            }
            ints[ints.length - 1] = round;
            long sum = 0;
            for (int i = 0; i < ints.length; i += 4096) {
                sum += ints[i];
            }
            sum += ints[ints.length - 1] + ints[ints.length - 2];
            System.out.println("round " + round + " int[] sum " + sum);
            total += sum;
            ints = null;
            long[] longs = new long[LONGS_48MIB];
            for (int i = 0; i < longs.length; i += 8192) {
                longs[i] = (long) i * round;
            }
            long lsum = 0;
            for (int i = 0; i < longs.length; i += 8192) {
                lsum += longs[i];
            }
            System.out.println("round " + round + " long[] sum " + lsum + " zero tail " + longs[longs.length - 1]);
            total += lsum;
            Object[] small = new Object[10_000];
            for (int i = 0; i < small.length; i++) {
                small[i] = new byte[100];
            }
            total += small.length;
        }
        System.out.println("total " + total);
    }
}
