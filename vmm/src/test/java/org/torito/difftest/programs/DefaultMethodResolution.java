package org.torito.difftest.programs;

/** Default method resolution: class methods win over defaults (also inherited ones), the most specific interface wins in a diamond, re-abstracted defaults, super-interface defaults reached through an overriding sub-interface, defaults calling abstract methods, generic defaults with bridges. */
public class DefaultMethodResolution {
    interface Root {
        default String name() {
            return "Root";
        }

        default String chain() {
            return "Root.chain";
        }
    }

    interface Left extends Root {
        @Override
        default String name() {
            return "Left>" + Root.super.name();
        }
    }

    interface Right extends Root {
    }

    static class Diamond implements Left, Right {
    }

    static class Base {
        public String name() {
            return "Base";
        }
    }

    static class ClassWins extends Base implements Left {
    }

    interface Reabstract extends Root {
        @Override
        String chain();
    }

    static class MustImplement implements Reabstract {
        @Override
        public String chain() {
            return "MustImplement.chain+" + Reabstract.super.name();
        }
    }

    interface Template {
        String part();

        default String render() {
            return "<" + part() + ">";
        }
    }

    abstract static class HalfTemplate implements Template {
        @Override
        public String render() {
            return "[" + Template.super.render() + "]";
        }
    }

    static class FullTemplate extends HalfTemplate {
        @Override
        public String part() {
            return "full";
        }
    }

    interface Box<T> {
        T get();

        default T orElse(T other) {
            T v = get();
            return v == null ? other : v;
        }
    }

    interface StringBox extends Box<String> {
        @Override
        default String orElse(String other) {
            return "SB:" + Box.super.orElse(other.toUpperCase());
        }
    }

    static class Holder implements StringBox {
        final String v;

        Holder(String v) {
            this.v = v;
        }

        @Override
        public String get() {
            return v;
        }
    }

    interface Counter {
        int step();

        default int advance(int from, int times) {
            return times == 0 ? from : advance(from + step(), times - 1);
        }
    }

    static class Override2 extends Diamond {
        @Override
        public String name() {
            return "Override2>" + super.name();
        }
    }

    public static void main(String[] args) {
        System.out.println("diamond: " + new Diamond().name() + " " + new Diamond().chain());
        Root r = new Diamond();
        Right right = new Diamond();
        System.out.println("diamond via Root/Right: " + r.name() + " " + right.name());
        System.out.println("class wins: " + new ClassWins().name() + " via Left " + ((Left) new ClassWins()).name());
        System.out.println("re-abstracted: " + new MustImplement().chain() + " via Root " + ((Root) new MustImplement()).chain());
        Template t = new FullTemplate();
        System.out.println("template: " + t.render());
        Template lambda = () -> "lambda";
        System.out.println("template lambda: " + lambda.render());
        Holder h = new Holder(null);
        Box<String> raw = h;
        System.out.println("generic default: " + h.orElse("x") + " " + raw.orElse("y") + " " + new Holder("v").orElse("z"));
        @SuppressWarnings({"rawtypes", "unchecked"})
        Box rawBox = h;
        try {
            @SuppressWarnings("unchecked")
            Object o = rawBox.orElse(5);
            System.out.println("raw default with Integer: " + o);
        } catch (ClassCastException e) {
            System.out.println("raw default with Integer: " + e.getClass().getName());
        }
        Counter byThree = () -> 3;
        System.out.println("recursive default: " + byThree.advance(1, 10));
        System.out.println("override of inherited default: " + new Override2().name() + " as Root " + ((Root) new Override2()).name());
    }
}
