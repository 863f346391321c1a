package org.torito.difftest.programs;

/** Integer/Long divideUnsigned and remainderUnsigned by zero throw ArithmeticException ("/ by zero"). */
public final class UnsignedDivisionByZero {
    private UnsignedDivisionByZero() {
    }

    public static void main(String[] args) {
        // A divisor of 0 known only at run time (the suite passes no arguments): a constant 0 lets gcc
        // treat the whole method as undefined behaviour on the AOT side, which divides in plain C.
        int zero = args.length;
        System.out.println("before " + Integer.divideUnsigned(-1, 3) + " " + Long.remainderUnsigned(-1L, 10L));
        for (String op : new String[] {"divideUnsigned", "remainderUnsigned"}) {
            try {
                System.out.println(op.equals("divideUnsigned") ? Integer.divideUnsigned(5, zero) : Integer.remainderUnsigned(5, zero));
            } catch (ArithmeticException e) {
                System.out.println("int " + op + " by 0: " + e.getClass().getName() + " " + e.getMessage());
            }
            try {
                System.out.println(op.equals("divideUnsigned") ? Long.divideUnsigned(5, zero) : Long.remainderUnsigned(5, zero));
            } catch (ArithmeticException e) {
                System.out.println("long " + op + " by 0: " + e.getClass().getName() + " " + e.getMessage());
            }
        }
        System.out.println("after");
    }
}
