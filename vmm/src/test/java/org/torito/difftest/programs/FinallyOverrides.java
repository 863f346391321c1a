package org.torito.difftest.programs;

import java.util.ArrayList;
import java.util.List;

/** finally that returns or throws over a pending exception or return, nested finally order, and try/finally inside loops with break/continue/return. */
public class FinallyOverrides {
    static final List<String> log = new ArrayList<>();

    @SuppressWarnings("finally")
    static int returnSwallowsException() {
        try {
            throw new IllegalStateException("swallowed");
        } finally {
            log.add("f1");
            return 7;
        }
    }

    @SuppressWarnings("finally")
    static int innerFinallyReturnBeatsOuterCatch() {
        try {
            try {
                throw new RuntimeException("inner");
            } finally {
                log.add("inner-finally");
                return 1;
            }
        } catch (RuntimeException e) {
            log.add("outer-catch-never");
            return 2;
        } finally {
            log.add("outer-finally");
        }
    }

    @SuppressWarnings("finally")
    static int outerFinallyReturnWins() {
        try {
            try {
                return 10;
            } finally {
                log.add("inner-finally-no-return");
            }
        } finally {
            return 20;
        }
    }

    static void finallyThrowReplaces() {
        try {
            throw new IllegalArgumentException("original");
        } finally {
            log.add("replacing");
            throw new UnsupportedOperationException("replacement");
        }
    }

    static int finallyThrowReplacesReturn() {
        try {
            return 5;
        } finally {
            if (log.size() >= 0) {
                throw new IllegalStateException("thrown over a return");
            }
        }
    }

    static String catchThrowsThenFinallyThrows() {
        try {
            try {
                throw new RuntimeException("a");
            } catch (RuntimeException e) {
                throw new RuntimeException("b from catch", e);
            } finally {
                log.add("finally sees b pending");
                throw new RuntimeException("c from finally");
            }
        } catch (RuntimeException e) {
            return e.getMessage() + " cause=" + e.getCause() + " suppressed=" + e.getSuppressed().length;
        }
    }

    static int nestedOrder(int depth) {
        try {
            if (depth == 0) {
                throw new ArithmeticException("bottom");
            }
            return nestedOrder(depth - 1) + 1;
        } finally {
            log.add("unwind" + depth);
        }
    }

    static String loops() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            try {
                if (i == 1) {
                    continue;
                }
                if (i == 4) {
                    break;
                }
                sb.append("body").append(i).append(' ');
            } finally {
                sb.append("fin").append(i).append(' ');
            }
        }
        outer:
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                try {
                    try {
                        if (j == 1) {
                            continue outer;
                        }
                        sb.append(i).append(j).append(' ');
                    } finally {
                        sb.append("in ");
                    }
                } finally {
                    sb.append("out ");
                }
            }
        }
        return sb.toString();
    }

    @SuppressWarnings("finally")
    static int breakInFinallyDiscardsException() {
        int n = 0;
        while (true) {
            try {
                n++;
                throw new RuntimeException("discarded by break");
            } finally {
                if (n == 3) {
                    break;
                }
                continue;
            }
        }
        return n;
    }

    static int finallyModifiesReturnedObject() {
        int[] box = {1};
        try {
            return box[0];
        } finally {
            box[0] = 99;
        }
    }

    static StringBuilder finallyMutatesReturnedReference() {
        StringBuilder sb = new StringBuilder("start");
        try {
            return sb;
        } finally {
            sb.append("+finally");
        }
    }

    static int loopWithReturnInTry() {
        int sum = 0;
        for (int i = 0; ; i++) {
            try {
                sum += i;
                if (sum > 20) {
                    return sum;
                }
            } finally {
                log.add("iter" + i);
            }
        }
    }

    public static void main(String[] args) {
        System.out.println("returnSwallowsException " + returnSwallowsException() + " " + log);
        log.clear();
        System.out.println("innerFinallyReturnBeatsOuterCatch " + innerFinallyReturnBeatsOuterCatch() + " " + log);
        log.clear();
        System.out.println("outerFinallyReturnWins " + outerFinallyReturnWins() + " " + log);
        log.clear();
        try {
            finallyThrowReplaces();
        } catch (RuntimeException e) {
            System.out.println("finallyThrowReplaces " + e.getClass().getName() + ": " + e.getMessage() + " suppressed " + e.getSuppressed().length
                    + " cause " + e.getCause() + " " + log);
        }
        log.clear();
        try {
            System.out.println("never " + finallyThrowReplacesReturn());
        } catch (IllegalStateException e) {
            System.out.println("finallyThrowReplacesReturn " + e.getMessage());
        }
        System.out.println("catchThrowsThenFinallyThrows " + catchThrowsThenFinallyThrows() + " " + log);
        log.clear();
        try {
            nestedOrder(4);
        } catch (ArithmeticException e) {
            System.out.println("nestedOrder " + e.getMessage() + " " + log);
        }
        log.clear();
        System.out.println("loops " + loops());
        System.out.println("breakInFinallyDiscardsException " + breakInFinallyDiscardsException());
        System.out.println("finallyModifiesReturnedObject " + finallyModifiesReturnedObject() + " finallyMutatesReturnedReference "
                + finallyMutatesReturnedReference());
        System.out.println("loopWithReturnInTry " + loopWithReturnInTry() + " " + log);
        log.clear();
        int total = 0;
        for (int i = 0; i < 1000; i++) {
            try {
                try {
                    if (i % 3 == 0) {
                        throw new IllegalStateException();
                    }
                    if (i % 5 == 0) {
                        continue;
                    }
                    total += i;
                } finally {
                    total += 1;
                    if (i % 7 == 0) {
                        throw new IllegalArgumentException("from finally " + i);
                    }
                }
            } catch (IllegalStateException e) {
                total -= 2;
            } catch (IllegalArgumentException e) {
                total += e.getMessage().length();
            }
        }
        System.out.println("mixed loop total " + total);
    }
}
