package org.torito.difftest.programs;

import org.torito.difftest.compute.ComputeIterations;

/**
 * The spectral norm of the Computer Language Benchmarks Game: the power method on the infinite
 * matrix A(i, j) = 1 / ((i + j)(i + j + 1) / 2 + i + 1), to nine decimals. Also a compute
 * workload of ComputeSpeed: arguments [n] [iterations].
 */
public class SpectralNorm {

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        ComputeIterations.run(args, () -> String.format("%.9f%n", norm(n)));
    }

    private static double norm(int n) {
        double[] u = new double[n];
        double[] v = new double[n];
        double[] scratch = new double[n];
        java.util.Arrays.fill(u, 1.0);
        for (int i = 0; i < 10; i++) {
            multiplyAtAv(n, u, v, scratch);
            multiplyAtAv(n, v, u, scratch);
        }
        double vBv = 0;
        double vv = 0;
        for (int i = 0; i < n; i++) {
            vBv += u[i] * v[i];
            vv += v[i] * v[i];
        }
        return Math.sqrt(vBv / vv);
    }

    private static double a(int i, int j) {
        return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1);
    }

    private static void multiplyAv(int n, double[] v, double[] av) {
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                sum += a(i, j) * v[j];
            }
            av[i] = sum;
        }
    }

    private static void multiplyAtv(int n, double[] v, double[] atv) {
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                sum += a(j, i) * v[j];
            }
            atv[i] = sum;
        }
    }

    private static void multiplyAtAv(int n, double[] v, double[] atAv, double[] scratch) {
        multiplyAv(n, v, scratch);
        multiplyAtv(n, scratch, atAv);
    }
}
