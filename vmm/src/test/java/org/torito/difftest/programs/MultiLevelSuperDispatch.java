package org.torito.difftest.programs;

/** super calls through four levels where each level's body calls other overridden methods (dispatch returns to the most derived), super.toString/equals/hashCode of Object, and Outer.super from inner classes. */
public class MultiLevelSuperDispatch {
    static class A {
        String who() {
            return "A";
        }

        String chain() {
            return "A.chain[" + who() + "]";
        }

        String template() {
            return "A.template(" + step() + ")";
        }

        String step() {
            return "A.step";
        }

        @Override
        public String toString() {
            return "A:" + who();
        }
    }

    static class B extends A {
        @Override
        String who() {
            return "B";
        }

        @Override
        String chain() {
            return "B.chain>" + super.chain();
        }

        @Override
        String step() {
            return "B.step+" + super.step();
        }
    }

    static class C extends B {
        // no override of chain: super.chain() from D lands in B's
        @Override
        String who() {
            return "C(" + super.who() + ")";
        }

        @Override
        String template() {
            return "C.template/" + super.template();
        }
    }

    static class D extends C {
        @Override
        String who() {
            return "D(" + super.who() + ")";
        }

        @Override
        String chain() {
            return "D.chain>" + super.chain();
        }

        @Override
        String step() {
            return "D.step+" + super.step();
        }

        String superToString() {
            return super.toString();
        }

        class Inner {
            String viaOuter() {
                return D.super.who() + " / " + D.this.who() + " / " + D.super.step();
            }
        }
    }

    static class Counter {
        int hits;

        @Override
        public boolean equals(Object o) {
            hits++;
            return super.equals(o);
        }

        @Override
        public int hashCode() {
            hits++;
            return 7;
        }
    }

    static class NamedCounter extends Counter {
        final String name;

        NamedCounter(String name) {
            this.name = name;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof NamedCounter n && n.name.equals(name) || super.equals(o);
        }

        @Override
        public int hashCode() {
            return super.hashCode() * 31 + name.length();
        }
    }

    public static void main(String[] args) {
        A[] all = {new A(), new B(), new C(), new D()};
        for (A a : all) {
            System.out.println(a.getClass().getSimpleName() + ": who=" + a.who() + " chain=" + a.chain()
                    + " template=" + a.template() + " toString=" + a);
        }
        D d = new D();
        System.out.println("super.toString " + d.superToString());
        System.out.println("inner " + d.new Inner().viaOuter());

        NamedCounter x = new NamedCounter("x");
        NamedCounter x2 = new NamedCounter("x");
        NamedCounter y = new NamedCounter("yy");
        System.out.println("equals " + x.equals(x2) + " " + x.equals(y) + " " + x.equals(x) + " hits " + x.hits);
        System.out.println("hash " + x.hashCode() + " " + y.hashCode() + " hits " + x.hits + " " + y.hits);
    }
}
