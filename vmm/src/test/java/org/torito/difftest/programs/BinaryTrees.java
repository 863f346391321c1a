package org.torito.difftest.programs;

import org.torito.difftest.compute.ComputeIterations;

/**
 * Binary-trees of the Computer Language Benchmarks Game: allocation-heavy, many short-lived
 * trees and one long-lived one, with node counts as the check. Also a compute workload of
 * ComputeSpeed: arguments [max depth] [iterations].
 */
public class BinaryTrees {
    private static final int MIN_DEPTH = 4;

    private record Node(Node left, Node right) {
        int check() {
            return 1 + (left == null ? 0 : left.check() + right.check());
        }
    }

    public static void main(String[] args) {
        int maxDepth = Math.max(MIN_DEPTH + 2, args.length > 0 ? Integer.parseInt(args[0]) : 10);
        ComputeIterations.run(args, () -> trees(maxDepth));
    }

    private static String trees(int maxDepth) {
        StringBuilder out = new StringBuilder();
        out.append("stretch tree of depth ").append(maxDepth + 1).append("\t check: ")
                .append(tree(maxDepth + 1).check()).append('\n');
        Node longLived = tree(maxDepth);
        for (int depth = MIN_DEPTH; depth <= maxDepth; depth += 2) {
            int iterations = 1 << (maxDepth - depth + MIN_DEPTH);
            int check = 0;
            for (int i = 0; i < iterations; i++) {
                check += tree(depth).check();
            }
            out.append(iterations).append("\t trees of depth ").append(depth).append("\t check: ").append(check)
                    .append('\n');
        }
        return out.append("long lived tree of depth ").append(maxDepth).append("\t check: ")
                .append(longLived.check()).append('\n').toString();
    }

    private static Node tree(int depth) {
        return depth == 0 ? new Node(null, null) : new Node(tree(depth - 1), tree(depth - 1));
    }
}
