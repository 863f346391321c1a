package org.torito.difftest.programs;

import java.util.List;

/** Pattern switches: nested record patterns, `when` guards, exhaustive switches over sealed interfaces, enum switches with arrows and yield, `case null`. */
public class SealedPatternSwitch {
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

    sealed interface Shape {
    }

    record Circle(double r) implements Shape {
    }

    record Rect(double w, double h) implements Shape {
    }

    static final class Blob implements Shape {
        public String toString() {
            return "Blob";
        }
    }

    record Pair<A, B>(A first, B second) {
    }

    enum Day { MON, TUE, WED, THU, FRI, SAT, SUN }

    static int eval(Expr e) {
        return switch (e) {
            case Num n -> n.value();
            case Add(Num(var a), Num(var b)) -> a + b;
            case Add(var l, var r) -> eval(l) + eval(r);
            case Mul(Num(int z), var ignored) when z == 0 -> 0;
            case Mul(var l, var r) -> eval(l) * eval(r);
            case Neg(Neg(var inner)) -> eval(inner);
            case Neg(var inner) -> -eval(inner);
        };
    }

    static String show(Expr e) {
        return switch (e) {
            case Num(var v) when v < 0 -> "(" + v + ")";
            case Num(var v) -> Integer.toString(v);
            case Add a -> "(" + show(a.left()) + " + " + show(a.right()) + ")";
            case Mul(var l, var r) -> show(l) + "*" + show(r);
            case Neg(var inner) -> "-" + show(inner);
        };
    }

    static String classify(Shape s) {
        return switch (s) {
            case Circle c when c.r() == 0 -> "point";
            case Circle(double r) when r > 10 -> "big circle " + r;
            case Circle c -> "circle " + c.r();
            case Rect(double w, double h) when w == h -> "square " + w;
            case Rect r -> "rect " + r.w() + "x" + r.h();
            case Blob b -> "blob " + b;
        };
    }

    static String describe(Object o) {
        return switch (o) {
            case null -> "null!";
            case Integer i when i > 100 -> "big int " + i;
            case Integer i -> "int " + i;
            case Long l -> "long " + l;
            case String s when s.isEmpty() -> "empty string";
            case String s -> "string of " + s.length();
            case int[] arr -> "int array of " + arr.length;
            case Pair(String a, Integer b) -> "pair string/int " + a + b;
            case Pair(var a, Pair(var b, var c)) -> "nested pair " + a + "," + b + "," + c;
            case Pair<?, ?> p -> "other pair " + p;
            case Day d -> "day " + d.ordinal();
            default -> "other " + o.getClass().getSimpleName();
        };
    }

    static int hours(Day d) {
        return switch (d) {
            case SAT, SUN -> 0;
            case FRI -> {
                int h = 4;
                h += 2;
                yield h;
            }
            default -> 8;
        };
    }

    static String oldStyle(Day d) {
        String r = switch (d) {
            case MON:
            case TUE:
                yield "early";
            case WED:
                yield "middle";
            default:
                if (d.compareTo(Day.FRI) > 0) {
                    yield "weekend";
                }
                yield "late";
        };
        return r;
    }

    public static void main(String[] args) {
        List<Expr> exprs = List.of(
                new Num(5),
                new Add(new Num(2), new Num(3)),
                new Add(new Mul(new Num(2), new Num(7)), new Neg(new Num(4))),
                new Mul(new Num(0), new Add(new Num(1), new Num(1))),
                new Neg(new Neg(new Num(-9))),
                new Mul(new Add(new Num(1), new Num(2)), new Num(-3)));
        for (Expr e : exprs) {
            System.out.println(show(e) + " = " + eval(e) + "   " + e);
        }
        List<Shape> shapes = List.of(new Circle(0), new Circle(12.5), new Circle(2), new Rect(3, 3), new Rect(2, 5), new Blob());
        for (Shape s : shapes) {
            System.out.println(classify(s));
        }
        Object[] things = {null, 7, 1000, 5L, "", "abc", new int[3], new Pair<>("k", 9), new Pair<>(1, new Pair<>(2, 3)),
            new Pair<>(1, 2), Day.WED, 2.5, 'c'};
        for (Object o : things) {
            System.out.println(describe(o));
        }
        for (Day d : Day.values()) {
            System.out.println(d + " hours=" + hours(d) + " " + oldStyle(d));
        }
        Expr deep = new Num(1);
        for (int i = 0; i < 20; i++) {
            deep = (i % 3 == 0) ? new Neg(deep) : new Add(deep, new Num(i));
        }
        System.out.println("deep = " + eval(deep));
        Object o = new Pair<>(new Circle(1), new Rect(1, 2));
        if (o instanceof Pair(Circle(var r), Rect(var w, var h)) && r < w + h) {
            System.out.println("instanceof record pattern: " + r + " " + w + " " + h);
        }
    }
}
