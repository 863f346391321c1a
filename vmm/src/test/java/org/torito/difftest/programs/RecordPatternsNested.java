package org.torito.difftest.programs;

import java.util.List;

/** Record patterns: nested and generic deconstruction, null components (matched by type patterns only when total), records implementing sealed interfaces, and MatchException when an accessor throws during a match. Guards over nested patterns: RecordPatternGuards. */
public class RecordPatternsNested {
    sealed interface Expr permits Num, Add, Mul, Neg {
    }

    record Num(int value) implements Expr {
    }

    record Add(Expr left, Expr right) implements Expr {
    }

    record Mul(Expr left, Expr right) implements Expr {
    }

    record Neg(Expr inner) implements Expr {
    }

    record Pair<A, B>(A first, B second) {
    }

    record Point(int x, int y) {
    }

    record Line(Point from, Point to) {
    }

    record Fragile(String name) {
        @Override
        public String name() {
            if (name.isEmpty()) {
                throw new IllegalStateException("empty name");
            }
            return name;
        }
    }

    static int eval(Expr e) {
        return switch (e) {
            case Num(var v) -> v;
            case Add(Num(var a), Num(var b)) -> a + b;
            case Add(var l, var r) -> eval(l) + eval(r);
            case Mul(Num(int z), var r) when z == 0 -> 0;
            case Mul(var l, var r) -> eval(l) * eval(r);
            case Neg(Neg(var inner)) -> eval(inner);
            case Neg(var inner) -> -eval(inner);
        };
    }

    static String show(Expr e) {
        return switch (e) {
            case Num n when n.value() < 0 -> "(" + n.value() + ")";
            case Num n -> String.valueOf(n.value());
            case Add a -> "(" + show(a.left()) + " + " + show(a.right()) + ")";
            case Mul(var l, var r) -> show(l) + "*" + show(r);
            case Neg(var i) -> "-" + show(i);
        };
    }

    static String pair(Object o) {
        if (o instanceof Pair<?, ?>(String s, Integer i) && i > 0) {
            return "string-int " + s.repeat(i);
        }
        return switch (o) {
            case Pair<?, ?>(Pair<?, ?>(var a, var b), var c) -> "nested " + a + "," + b + "," + c;
            case Pair<?, ?>(var a, Object b) when b == null -> "second null, first " + a;
            case Pair<?, ?>(var a, var b) -> "pair " + a + "," + b;
            case null -> "null";
            default -> "other " + o;
        };
    }

    static String lineWithNulls(Object o) {
        return switch (o) {
            case Line(Point(var x, var y), Point q) -> "from " + x + "," + y + " to " + q;
            case Line(Point p, var q) -> "from null? " + p + " to " + q;
            default -> "not a line";
        };
    }

    static String fragile(Object o) {
        try {
            return switch (o) {
                case Fragile(var n) when n.length() > 3 -> "long " + n;
                case Fragile(var n) -> "short " + n;
                default -> "other";
            };
        } catch (RuntimeException e) {
            Throwable c = e.getCause();
            return e.getClass().getName() + " cause " + (c == null ? "none" : c.getClass().getName() + ": " + c.getMessage());
        }
    }

    public static void main(String[] args) {
        List<Expr> exprs = List.of(
                new Num(4),
                new Add(new Num(2), new Num(3)),
                new Add(new Neg(new Num(2)), new Mul(new Num(3), new Num(-4))),
                new Mul(new Num(0), new Add(new Num(1), new Num(2))),
                new Neg(new Neg(new Num(9))),
                new Mul(new Add(new Num(1), new Num(1)), new Neg(new Num(5))));
        for (Expr e : exprs) {
            System.out.println(show(e) + " = " + eval(e) + "  " + e);
        }
        Object[] pairs = {new Pair<>("ab", 3), new Pair<>("ab", 0), new Pair<>(new Pair<>(1, 2), 3), new Pair<>("x", null),
            new Pair<>(null, null), null, "str", new Pair<>(new Pair<>(null, null), null)};
        for (Object p : pairs) {
            System.out.println(pair(p));
        }
        System.out.println(lineWithNulls(new Line(null, new Point(1, 2))) + " | " + lineWithNulls(new Line(new Point(3, 4), null))
                + " | " + lineWithNulls(new Line(null, null)));
        System.out.println(fragile(new Fragile("abcd")) + " | " + fragile(new Fragile("ab")) + " | " + fragile(new Fragile("")) + " | " + fragile(7));
        Object o = new Fragile("");
        try {
            boolean m = o instanceof Fragile(String n) && n != null;
            System.out.println("instanceof matched " + m);
        } catch (RuntimeException e) {
            System.out.println("instanceof " + e.getClass().getName() + " cause " + e.getCause().getMessage());
        }
    }
}
