package org.torito.vmm.guests;

/**
 * TeaVM 0.15 C coroutine bug 3 (docs/aot-pipeline.md, "TeaVM coroutine bugs"), every shape in
 * one suspending method: int[], byte[], long[] and double[] (and the other primitive arrays, and
 * a long[][]) live across sleeps, their elements read after the resume with division on them,
 * and an array written after the resume and read back after another sleep.
 */
public final class SuspendedPrimitiveArraysGuest {
    private SuspendedPrimitiveArraysGuest() {
    }

    public static void main(String[] args) throws InterruptedException {
        int[] ints = {100, -250, 7};
        byte[] bytes = {120, -128, 9};
        long[] longs = {5_000_000_000L, -3L, 1L << 40};
        double[] doubles = {1.5, -0.75, 1e10};
        short[] shorts = {30_000, -2};
        char[] chars = {'t', 'v'};
        float[] floats = {2.5f, -8f};
        boolean[] flags = {true, false};
        long[][] grid = {{10, 20}, {30, 40}};
        Thread.sleep(1);

        StringBuilder line = new StringBuilder("after sleep:");
        for (int x : ints) {
            line.append(' ').append(x / 3);
        }
        for (byte x : bytes) {
            line.append(' ').append(x / 4);
        }
        for (long x : longs) {
            line.append(' ').append(x / 1000);
        }
        for (double x : doubles) {
            line.append(' ').append(x / 4);
        }
        line.append(' ').append(shorts[0] / 7).append(' ').append(shorts[1] / 2);
        line.append(' ').append((char) (chars[0] + 1)).append(chars[1] / 2);
        line.append(' ').append(floats[0] / 2).append(' ').append(floats[1] / 4);
        line.append(' ').append(flags[0]).append(' ').append(flags[1]);
        line.append(' ').append(grid[1][0] / 3).append(' ').append(grid[0][1] / 4);
        System.out.println(line);

        // Written after one resume, read after the next: the writes must land in the same array.
        long[] sums = new long[3];
        for (int round = 1; round <= 3; round++) {
            Thread.sleep(1);
            sums[round - 1] = longs[round - 1] / round + ints[round - 1];
            ints[round - 1] = ints[round - 1] * round;
            doubles[round - 1] = doubles[round - 1] / round;
            bytes[round - 1] = (byte) (bytes[round - 1] / 2);
        }
        Thread.sleep(1);
        StringBuilder back = new StringBuilder("read back:");
        for (int i = 0; i < sums.length; i++) {
            back.append(' ').append(sums[i] / 2).append('/').append(ints[i] / 5).append('/')
                    .append(doubles[i] / 0.5).append('/').append(bytes[i] / 3);
        }
        System.out.println(back);
    }
}
