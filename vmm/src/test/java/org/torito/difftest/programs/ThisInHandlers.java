package org.torito.difftest.programs;

/**
 * Instance methods whose {@code this} is live into a catch or finally handler, and one where the
 * compiler gives {@code this}'s variable another value before the throw (the shape of the JDK's
 * ZoneId.normalized, which every DateTimeFormatter.ofPattern program reaches). The build's spill
 * patch named such a {@code this} "teavm_local_0", which gcc refused: the program did not build.
 */
public class ThisInHandlers {
    private int count;
    private String name = "n";

    static void risky(int i) {
        if (i % 3 == 0) {
            throw new IllegalStateException("at " + i);
        }
    }

    Object thisAfterCatch(int i) {
        try {
            if (i == 2) {
                return "two";
            }
            risky(i);
        } catch (IllegalStateException e) {
            count++;
        }
        return this;
    }

    int fieldInFinally(int i) {
        try {
            risky(i);
            return count;
        } finally {
            count += 10;
        }
    }

    String loopWithCatch(int n) {
        for (int i = 1; i <= n; i++) {
            try {
                risky(i);
                name = name + i;
            } catch (IllegalStateException e) {
                name = name + "!" + e.getMessage().length();
            }
        }
        return name;
    }

    @Override
    public String toString() {
        return "ThisInHandlers[" + count + ", " + name + "]";
    }

    public static void main(String[] args) {
        ThisInHandlers t = new ThisInHandlers();
        for (int i = 1; i <= 4; i++) {
            Object r = t.thisAfterCatch(i);
            System.out.println("thisAfterCatch(" + i + ") = " + (r == t ? "this " + t : r));
        }
        for (int i = 1; i <= 4; i++) {
            try {
                System.out.println("fieldInFinally(" + i + ") = " + t.fieldInFinally(i) + " " + t);
            } catch (IllegalStateException e) {
                System.out.println("fieldInFinally(" + i + ") threw " + e.getMessage() + " " + t);
            }
        }
        System.out.println("loopWithCatch = " + t.loopWithCatch(7));
    }
}
