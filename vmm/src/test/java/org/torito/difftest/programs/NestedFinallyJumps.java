package org.torito.difftest.programs;

import java.util.ArrayList;
import java.util.List;

/** Nested try/finally with break, continue and return at each level: which finally blocks run, in what order, and what value a method returns when several jumps compete. */
public class NestedFinallyJumps {
    static final List<String> log = new ArrayList<>();

    static void flush(String label) {
        System.out.println(label + ": " + log);
        log.clear();
    }

    static int breakThroughTwoFinallies() {
        int i = 0;
        outer:
        for (; i < 5; i++) {
            try {
                try {
                    if (i == 2) {
                        break outer;
                    }
                    log.add("body" + i);
                } finally {
                    log.add("in" + i);
                }
            } finally {
                log.add("out" + i);
            }
        }
        return i;
    }

    static int continueOuterFromInnerLoop() {
        int sum = 0;
        outer:
        for (int i = 0; i < 3; i++) {
            try {
                for (int j = 0; j < 3; j++) {
                    try {
                        if (j == i) {
                            continue outer;
                        }
                        sum += 10 * i + j;
                    } finally {
                        log.add(i + "" + j);
                    }
                }
            } finally {
                log.add("f" + i);
            }
        }
        return sum;
    }

    @SuppressWarnings("finally")
    static int finallyBreaksOverReturn() {
        int n = 0;
        while (true) {
            try {
                n++;
                return n * 100;
            } finally {
                log.add("n=" + n);
                if (n < 3) {
                    continue;
                }
                break;
            }
        }
        return -n;
    }

    @SuppressWarnings("finally")
    static String finallyContinueSwallowsException() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            try {
                if (i % 2 == 0) {
                    throw new IllegalStateException("e" + i);
                }
                sb.append("ok").append(i).append(' ');
            } finally {
                sb.append("f").append(i).append(' ');
                continue;
            }
        }
        return sb.toString().trim();
    }

    static int returnValueFixedBeforeFinally() {
        int x = 1;
        try {
            try {
                return x;
            } finally {
                x = 2;
                log.add("inner x=" + x);
            }
        } finally {
            x = 3;
            log.add("outer x=" + x);
        }
    }

    static int[] arrayReturnSeesFinallyWrites() {
        int[] a = {1};
        try {
            return a;
        } finally {
            a[0] = 99;
        }
    }

    @SuppressWarnings("finally")
    static int deepest(int depth) {
        try {
            if (depth == 0) {
                throw new RuntimeException("bottom");
            }
            return deepest(depth - 1) + 1;
        } finally {
            log.add("d" + depth);
            if (depth == 2) {
                return 1000;
            }
        }
    }

    static String switchInsideTry(int k) {
        String r = "";
        for (int i = 0; i < 3; i++) {
            try {
                switch ((i + k) % 3) {
                    case 0:
                        r += "a";
                        break;
                    case 1:
                        r += "b";
                        continue;
                    default:
                        r += "c";
                        if (k > 1) {
                            return r + "!";
                        }
                }
                r += ".";
            } finally {
                r += "|";
            }
        }
        return r;
    }

    static int labelledBlock(int v) {
        int r = 0;
        block:
        {
            try {
                if (v > 0) {
                    r = 1;
                    break block;
                }
                r = 2;
            } finally {
                r += 10;
                log.add("block finally r=" + r);
            }
            r += 100;
        }
        return r;
    }

    public static void main(String[] args) {
        System.out.println("breakThroughTwoFinallies " + breakThroughTwoFinallies());
        flush("log");
        System.out.println("continueOuterFromInnerLoop " + continueOuterFromInnerLoop());
        flush("log");
        System.out.println("finallyBreaksOverReturn " + finallyBreaksOverReturn());
        flush("log");
        System.out.println("finallyContinueSwallowsException " + finallyContinueSwallowsException());
        System.out.println("returnValueFixedBeforeFinally " + returnValueFixedBeforeFinally());
        flush("log");
        System.out.println("arrayReturnSeesFinallyWrites " + arrayReturnSeesFinallyWrites()[0]);
        System.out.println("deepest " + deepest(4));
        flush("log");
        for (int k = 0; k < 3; k++) {
            System.out.println("switchInsideTry " + k + " " + switchInsideTry(k));
        }
        System.out.println("labelledBlock " + labelledBlock(1) + " " + labelledBlock(0));
        flush("log");
    }
}
