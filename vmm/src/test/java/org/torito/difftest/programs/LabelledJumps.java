package org.torito.difftest.programs;

/** Labelled break and continue out of nested for/while/do loops, switch statements and plain blocks, through finally. */
public class LabelledJumps {
    static String findPair(int[][] grid, int target) {
        String found = "none";
        search:
        for (int i = 0; i < grid.length; i++) {
            for (int j = 0; j < grid[i].length; j++) {
                if (grid[i][j] == target) {
                    found = i + "," + j;
                    break search;
                }
            }
        }
        return found;
    }

    static String primes(int limit) {
        StringBuilder sb = new StringBuilder();
        outer:
        for (int n = 2; n < limit; n++) {
            for (int d = 2; d * d <= n; d++) {
                if (n % d == 0) {
                    continue outer;
                }
            }
            sb.append(n).append(' ');
        }
        return sb.toString().trim();
    }

    static String whileDo() {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        outer:
        while (i < 6) {
            i++;
            int j = 0;
            do {
                j++;
                if (j == 2) {
                    continue;
                }
                if (i == 2) {
                    continue outer;
                }
                if (i == 5 && j == 3) {
                    break outer;
                }
                sb.append(i).append(j).append(' ');
            } while (j < 4);
            sb.append("| ");
        }
        return sb + "end i=" + i;
    }

    static String blockBreak(int x) {
        String r = "start";
        block:
        {
            if (x < 0) {
                r = "negative";
                break block;
            }
            r = "non-negative";
            if (x == 0) {
                break block;
            }
            r += " positive";
        }
        return r;
    }

    static String switchInLoop() {
        StringBuilder sb = new StringBuilder();
        loop:
        for (int i = 0; i < 10; i++) {
            switch (i % 4) {
                case 0:
                    sb.append('a');
                    break;
                case 1:
                    sb.append('b');
                    continue loop;
                case 2:
                    if (i > 5) {
                        break loop;
                    }
                    sb.append('c');
                default:
                    sb.append('d');
            }
            sb.append(i);
        }
        return sb.toString();
    }

    static String throughFinally() {
        StringBuilder sb = new StringBuilder();
        outer:
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                try {
                    if (j == 1) {
                        continue outer;
                    }
                    if (i == 2) {
                        break outer;
                    }
                    sb.append("body").append(i).append(j).append(' ');
                } finally {
                    sb.append("fin").append(i).append(j).append(' ');
                }
            }
        }
        return sb.toString();
    }

    static int nestedLabels() {
        int count = 0;
        a:
        for (int i = 0; i < 5; i++) {
            b:
            for (int j = 0; j < 5; j++) {
                c:
                for (int k = 0; k < 5; k++) {
                    if (k > j) {
                        continue b;
                    }
                    if (j > i) {
                        continue a;
                    }
                    if (i + j + k == 9) {
                        break a;
                    }
                    if ((i ^ k) == 3) {
                        break c;
                    }
                    count += i * 100 + j * 10 + k;
                }
            }
        }
        return count;
    }

    public static void main(String[] args) {
        int[][] grid = {{1, 2, 3}, {4, 5, 6, 7}, {}, {8, 5}};
        System.out.println("find 5: " + findPair(grid, 5));
        System.out.println("find 8: " + findPair(grid, 8));
        System.out.println("find 9: " + findPair(grid, 9));
        System.out.println("primes: " + primes(60));
        System.out.println("whileDo: " + whileDo());
        for (int x = -1; x <= 1; x++) {
            System.out.println("block " + x + ": " + blockBreak(x));
        }
        System.out.println("switchInLoop: " + switchInLoop());
        System.out.println("throughFinally: " + throughFinally());
        System.out.println("nestedLabels: " + nestedLabels());
    }
}
