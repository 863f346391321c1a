package org.torito.difftest.programs;

import org.torito.difftest.compute.ComputeIterations;

/**
 * Fannkuch-redux of the Computer Language Benchmarks Game: over all permutations of 1..n in
 * the benchmark's order, the checksum of pancake-flip counts and the largest count. Also a
 * compute workload of ComputeSpeed: arguments [n] [iterations].
 */
public class FannkuchRedux {

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        ComputeIterations.run(args, () -> fannkuch(n));
    }

    private static String fannkuch(int n) {
        int[] perm = new int[n];
        int[] perm1 = new int[n];
        int[] count = new int[n];
        for (int i = 0; i < n; i++) {
            perm1[i] = i;
        }
        int maxFlips = 0;
        int checksum = 0;
        int permutation = 0;
        int r = n;
        while (true) {
            while (r != 1) {
                count[r - 1] = r;
                r--;
            }
            System.arraycopy(perm1, 0, perm, 0, n);
            int flips = 0;
            for (int k = perm[0]; k != 0; k = perm[0]) {
                for (int i = 0, j = k; i < j; i++, j--) {
                    int t = perm[i];
                    perm[i] = perm[j];
                    perm[j] = t;
                }
                flips++;
            }
            maxFlips = Math.max(maxFlips, flips);
            checksum += permutation % 2 == 0 ? flips : -flips;
            while (true) {
                if (r == n) {
                    return checksum + "\nPfannkuchen(" + n + ") = " + maxFlips + "\n";
                }
                int first = perm1[0];
                for (int i = 0; i < r; i++) {
                    perm1[i] = perm1[i + 1];
                }
                perm1[r] = first;
                count[r]--;
                if (count[r] > 0) {
                    break;
                }
                r++;
            }
            permutation++;
        }
    }
}
