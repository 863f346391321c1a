package org.torito.difftest.programs;

/** Private methods are not virtual (a same-named method in a subclass does not override them, also when called through nestmates), nestmates read and write each other's private fields and constructors, private interface methods, static vs instance private members with the same shape. */
public class PrivateMembersAndNestmates {
    static class A {
        private String secret = "A.secret";

        private String who() {
            return "A.who";
        }

        private static String stat() {
            return "A.stat";
        }

        String callWho() {
            return who();
        }

        String callWhoOn(A other) {
            return other.who() + "/" + other.secret;
        }

        String callStat() {
            return stat();
        }

        String viaLambda() {
            java.util.function.Supplier<String> s = this::who;
            java.util.function.Supplier<String> t = () -> who();
            return s.get() + "," + t.get();
        }
    }

    static class B extends A {
        private String secret = "B.secret";

        // Not an override: A.who is private.
        String who() {
            return "B.who";
        }

        static String stat() {
            return "B.stat";
        }

        String mine() {
            return who() + "|" + secret + "|" + ((A) this).secret + "|" + ((A) this).who();
        }
    }

    static class C extends B {
        @Override
        String who() {
            return "C.who";
        }
    }

    static class Vault {
        private int count;
        private final String label;

        private Vault(String label) {
            this.label = label;
        }

        private Vault() {
            this("default");
        }

        private void bump(int by) {
            count += by;
        }

        class Teller {
            String operate() {
                bump(5);
                Vault.this.count *= 2;
                return label + "=" + count;
            }
        }
    }

    interface Greeter {
        private String prefix() {
            return "hello ";
        }

        default String greet(String name) {
            return prefix() + name;
        }
    }

    static class LoudGreeter implements Greeter {
        // Unrelated to the interface's private prefix().
        public String prefix() {
            return "HEY ";
        }
    }

    public static void main(String[] args) {
        A a = new A();
        B b = new B();
        C c = new C();
        System.out.println("A.callWho: " + a.callWho());
        System.out.println("B.callWho (private not overridden): " + b.callWho());
        System.out.println("C.callWho: " + c.callWho());
        System.out.println("B.who direct: " + b.who() + ", C.who via B: " + ((B) c).who());
        System.out.println("callWhoOn(b): " + a.callWhoOn(b) + ", callWhoOn(c): " + c.callWhoOn(c));
        System.out.println("callStat from B: " + b.callStat() + ", B.stat: " + B.stat());
        System.out.println("B.mine: " + b.mine());
        System.out.println("C.mine: " + c.mine());
        System.out.println("viaLambda on C: " + c.viaLambda());
        System.out.println("nestmate field read from main: " + ((A) b).secret + " " + b.secret + " " + ((A) c).who());

        Vault v = new Vault();
        Vault.Teller t = v.new Teller();
        System.out.println("teller: " + t.operate() + " then " + t.operate());
        v.bump(1);
        v.count += 100;
        System.out.println("main touched privates: " + v.count + " " + v.label);
        Vault named = new Vault("named");
        System.out.println("private ctor: " + named.label + " " + named.new Teller().operate());

        Greeter g = new LoudGreeter();
        System.out.println("private interface method: " + g.greet("ann") + " / class prefix " + ((LoudGreeter) g).prefix());
        Greeter plain = new Greeter() {
        };
        System.out.println("anonymous greeter: " + plain.greet("bob"));
    }
}
