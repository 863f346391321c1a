package org.torito.difftest.programs;

/**
 * Locals of every primitive type and references that stay live across Thread.sleep (a TeaVM
 * coroutine suspension point) in loops, conditionals, ?: and string concatenation. The shape
 * TeaVM 0.15 miscompiles (a flag and-ed in a suspending loop, then ?:) is in
 * org.torito.vmm.guests.TeaVmCoroutineBugsTest, disabled until routed around.
 */
public class SuspendedLocals {

    public static void main(String[] args) {
        try {
            booleanAndAfterLoop();
            allTypesAcrossSleep();
            ternaryAcrossSleep();
            concatAcrossSleep();
        } catch (InterruptedException e) {
            System.out.println("interrupted");
        }
    }

    private static String line(int k) {
        return k == 2 ? "core 2: FAILED" : "core " + k + ": ok";
    }

    static void booleanAndAfterLoop() throws InterruptedException {
        boolean ok = true;
        for (int k = 0; k < 3; k++) {
            if (!line(k + 1).endsWith("ok")) {
                ok = false;
            }
            Thread.sleep(1);
        }
        String verdict = ok ? "all ok" : "some failed";
        System.out.println("verdict " + verdict);
        System.out.println("verdict2 " + (ok ? "yes" : "no") + " " + ok);
    }

    static void allTypesAcrossSleep() throws InterruptedException {
        boolean z = false;
        byte b = 1;
        short s = 2;
        char c = 'a';
        int i = 3;
        long l = 4;
        float f = 5.5f;
        double d = 6.25;
        String r = "r";
        Object o = null;
        for (int n = 0; n < 3; n++) {
            Thread.sleep(1);
            z = !z;
            b += 3;
            s *= 3;
            c++;
            i = i * 7 + n;
            l = l * 1_000_003L + n;
            f *= 1.5f;
            d /= 3;
            r = r + n;
            o = n % 2 == 0 ? r : null;
            System.out.println(z + " " + b + " " + s + " " + c + " " + i + " " + l + " " + f + " " + d + " " + r + " " + o);
        }
        Thread.sleep(1);
        System.out.println(z + " " + b + " " + s + " " + c + " " + i + " " + l + " " + f + " " + d + " " + r + " " + o);
    }

    static void ternaryAcrossSleep() throws InterruptedException {
        int failures = 0;
        boolean any = false;
        for (int n = 0; n < 5; n++) {
            boolean bad = n == 3;
            Thread.sleep(1);
            failures += bad ? 1 : 0;
            any = any || bad;
        }
        String msg = failures == 0 ? "none" : failures + " failure" + (failures == 1 ? "" : "s");
        Thread.sleep(1);
        System.out.println(msg + " " + (any ? "any" : "none"));
    }

    static void concatAcrossSleep() throws InterruptedException {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (int n = 0; n < 3; n++) {
            sb.append(first ? "" : ",").append(n);
            first = false;
            Thread.sleep(1);
        }
        System.out.println("[" + sb + "] first=" + first + " " + (first ? "F" : "notF"));
    }
}
