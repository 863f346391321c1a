package org.torito.difftest.programs;

/** Field hiding, static methods hidden not overridden, super calls through three levels, default conflicts resolved explicitly, constructors calling overridable methods. */
public class FieldHidingAndSuperCalls {
    static class A {
        String name = "A.name";
        static String kind = "A.kind";

        static String who() {
            return "A.who";
        }

        String me() {
            return "A.me";
        }

        String chain() {
            return "A";
        }

        String nameViaThis() {
            return this.name;
        }
    }

    static class B extends A {
        String name = "B.name";
        static String kind = "B.kind";

        static String who() {
            return "B.who";
        }

        @Override
        String me() {
            return "B.me";
        }

        @Override
        String chain() {
            return "B>" + super.chain();
        }

        String superName() {
            return super.name + "|" + ((A) this).name + "|" + name;
        }
    }

    static class C extends B {
        String name = "C.name";

        @Override
        String chain() {
            return "C>" + super.chain();
        }

        String skipLevels() {
            return super.me() + "," + ((A) this).me();
        }
    }

    interface Left {
        default String greet() {
            return "left";
        }
    }

    interface Right {
        default String greet() {
            return "right";
        }
    }

    static class Both implements Left, Right {
        @Override
        public String greet() {
            return Left.super.greet() + "+" + Right.super.greet();
        }
    }

    interface Chosen extends Left, Right {
        @Override
        default String greet() {
            return "chosen(" + Right.super.greet() + ")";
        }
    }

    static class ViaChosen implements Chosen {
    }

    abstract static class Base {
        final String built;

        Base() {
            built = "built:" + describe();
        }

        abstract String describe();
    }

    static class Derived extends Base {
        String label = "initialised";
        final int number = 42;
        int count = 7;

        Derived() {
            super();
        }

        @Override
        String describe() {
            // Runs before Derived's field initialisers: label is null, count 0, but number is a constant.
            return label + "/" + number + "/" + count;
        }
    }

    public static void main(String[] args) {
        A ab = new B();
        B bb = (B) ab;
        System.out.println("field via A: " + ab.name);
        System.out.println("field via B: " + bb.name);
        System.out.println("nameViaThis: " + ab.nameViaThis());
        System.out.println("superName: " + bb.superName());
        System.out.println("static kind A/B: " + A.kind + " " + B.kind);
        System.out.println("static who A/B: " + A.who() + " " + B.who());
        System.out.println("virtual me: " + ab.me());
        C c = new C();
        A ac = c;
        System.out.println("C field as A/B/C: " + ac.name + " " + ((B) c).name + " " + c.name);
        System.out.println("chain: " + ac.chain());
        System.out.println("skipLevels: " + c.skipLevels());
        System.out.println("superName from C: " + c.superName());
        System.out.println("both: " + new Both().greet());
        System.out.println("chosen: " + new ViaChosen().greet());
        Left l = new ViaChosen();
        Right r = new Both();
        System.out.println("as Left/Right: " + l.greet() + " " + r.greet());
        Derived d = new Derived();
        System.out.println("derived built: " + d.built);
        System.out.println("derived now: " + d.describe());
        A.kind = "A.changed";
        System.out.println("after static write: " + A.kind + " " + B.kind);
    }
}
