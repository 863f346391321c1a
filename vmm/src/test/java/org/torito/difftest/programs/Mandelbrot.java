package org.torito.difftest.programs;

import org.torito.difftest.compute.ComputeIterations;

/**
 * Mandelbrot of the Computer Language Benchmarks Game: the n x n bitmap of the set over
 * [-1.5, 0.5] x [-1, 1] (50 iterations, escape radius 2), printed as its count of points and a
 * checksum of its bytes instead of the PBM file. Also a compute workload of ComputeSpeed:
 * arguments [n] [iterations].
 */
public class Mandelbrot {

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        ComputeIterations.run(args, () -> bitmap(n));
    }

    private static String bitmap(int n) {
        int rowBytes = (n + 7) / 8;
        long checksum = 0;
        int points = 0;
        for (int y = 0; y < n; y++) {
            double ci = 2.0 * y / n - 1.0;
            for (int xByte = 0; xByte < rowBytes; xByte++) {
                int bits = 0;
                for (int bit = 0; bit < 8; bit++) {
                    int x = xByte * 8 + bit;
                    bits <<= 1;
                    if (x < n && inSet(2.0 * x / n - 1.5, ci)) {
                        bits |= 1;
                        points++;
                    }
                }
                checksum = checksum * 31 + bits;
            }
        }
        return "points " + points + " checksum " + checksum + "\n";
    }

    private static boolean inSet(double cr, double ci) {
        double zr = 0;
        double zi = 0;
        for (int i = 0; i < 50; i++) {
            double tr = zr * zr - zi * zi + cr;
            zi = 2.0 * zr * zi + ci;
            zr = tr;
            if (zr * zr + zi * zi > 4.0) {
                return false;
            }
        }
        return true;
    }
}
