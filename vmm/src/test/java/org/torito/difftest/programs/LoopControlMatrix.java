package org.torito.difftest.programs;

/** Labelled break and continue in three nested loops of different kinds (for, while, do-while) with a switch inside, driven by a fixed-seed SplitMix64 table of which jump to take at each point; the visit trace and counters are printed for 40 random tables. */
public class LoopControlMatrix {
    static long state = 0x5EED_1234_ABCDL;

    static long next() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    // action codes: 0 none, 1 break inner, 2 continue inner, 3 break middle, 4 continue middle, 5 break outer, 6 continue outer
    static String run(int[][][] table, int[] counters) {
        StringBuilder trace = new StringBuilder();
        int i = 0;
        outer:
        for (; i < 3; i++) {
            int j = 0;
            middle:
            while (j < 3) {
                int k = 0;
                j++;
                inner:
                do {
                    k++;
                    int action = table[i][j - 1][k - 1];
                    counters[0]++;
                    switch (action) {
                        case 1:
                            trace.append('b');
                            break inner;
                        case 2:
                            trace.append('c');
                            continue inner;
                        case 3:
                            trace.append('B');
                            break middle;
                        case 4:
                            trace.append('C');
                            continue middle;
                        case 5:
                            trace.append('X');
                            break outer;
                        case 6:
                            trace.append('O');
                            continue outer;
                        default:
                            break;
                    }
                    trace.append(i).append(j).append(k).append(' ');
                    counters[1]++;
                } while (k < 3);
                counters[2]++;
            }
            counters[3]++;
        }
        trace.append("end i=").append(i);
        return trace.toString();
    }

    public static void main(String[] args) {
        long checksum = 0;
        for (int round = 0; round < 40; round++) {
            int[][][] table = new int[3][3][3];
            int density = (int) Long.remainderUnsigned(next(), 4);
            for (int[][] plane : table) {
                for (int[] row : plane) {
                    for (int c = 0; c < row.length; c++) {
                        long r = Long.remainderUnsigned(next(), 10);
                        row[c] = r < 6 - density ? 0 : (int) (1 + Long.remainderUnsigned(next(), 6));
                    }
                }
            }
            int[] counters = new int[4];
            String trace = run(table, counters);
            checksum = checksum * 31 + trace.hashCode();
            System.out.println(round + ": " + trace + " | " + counters[0] + "," + counters[1] + "," + counters[2] + "," + counters[3]);
        }
        System.out.println("checksum " + checksum);
    }
}
