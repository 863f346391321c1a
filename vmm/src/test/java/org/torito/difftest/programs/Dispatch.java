package org.torito.difftest.programs;

import java.util.ArrayList;
import java.util.List;

/** Virtual and interface dispatch, default methods, abstract classes, super calls, overloads, inner classes. */
public class Dispatch {
    interface Shape {
        double area();

        default String describe() {
            return name() + " with area " + (long) (area() * 1000);
        }

        default String name() {
            return "shape";
        }

        static Shape unit() {
            return new Square(1);
        }
    }

    interface Named {
        default String name() {
            return "named";
        }
    }

    abstract static class Polygon implements Shape {
        final int sides;

        Polygon(int sides) {
            this.sides = sides;
        }

        @Override
        public String name() {
            return "polygon" + sides;
        }

        abstract int corners();

        public String toString() {
            return getClass().getSimpleName() + "(" + sides + "," + corners() + ")";
        }
    }

    static class Square extends Polygon implements Named {
        final double side;

        Square(double side) {
            super(4);
            this.side = side;
        }

        @Override
        public double area() {
            return side * side;
        }

        @Override
        int corners() {
            return 4;
        }

        @Override
        public String name() {
            return "square/" + super.name() + "/" + Named.super.name();
        }
    }

    static final class Cube extends Square {
        Cube(double side) {
            super(side);
        }

        @Override
        public double area() {
            return 6 * super.area();
        }

        @Override
        public String describe() {
            return "cube: " + super.describe();
        }
    }

    static class Circle implements Shape {
        final double r;

        Circle(double r) {
            this.r = r;
        }

        @Override
        public double area() {
            return 3 * r * r;
        }
    }

    static String over(Object o) {
        return "Object";
    }

    static String over(String s) {
        return "String";
    }

    static String over(Integer i) {
        return "Integer";
    }

    static String over(long l) {
        return "long";
    }

    static String over(int... xs) {
        return "varargs" + xs.length;
    }

    class Inner {
        int get() {
            return counter * 2;
        }
    }

    int counter = 21;

    public static void main(String[] args) {
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Square(2));
        shapes.add(new Cube(3));
        shapes.add(new Circle(1.5));
        shapes.add(Shape.unit());
        shapes.add(new Shape() {
            @Override
            public double area() {
                return 42;
            }

            @Override
            public String name() {
                return "anonymous";
            }
        });
        shapes.add(() -> 7.5);
        for (Shape s : shapes) {
            String kind = s instanceof Polygon p ? p.toString() : s instanceof Circle c ? "circle r=" + c.r : "other";
            System.out.println(s.describe() + " | " + kind + " | named=" + (s instanceof Named)
                    + " | square=" + (s instanceof Square) + " | cube=" + (s instanceof Cube));
        }
        Object[] things = {"s", 1, 2L, null, new int[0]};
        for (Object o : things) {
            System.out.println("static overload: " + over(o));
        }
        System.out.println(over("s") + " " + over(1) + " " + over(Integer.valueOf(1)) + " " + over(1L) + " " + over()
                + " " + over(1, 2) + " " + over((short) 3) + " " + over('c'));
        Dispatch d = new Dispatch();
        Dispatch.Inner inner = d.new Inner();
        d.counter = 50;
        System.out.println("inner " + inner.get());
        int base = 10;
        class Local {
            int plus(int x) {
                return base + x;
            }
        }
        System.out.println("local " + new Local().plus(5));
        Animal[] zoo = {new Dog(), new Cat(), new Puppy()};
        StringBuilder sb = new StringBuilder();
        for (int round = 0; round < 3; round++) {
            for (Animal a : zoo) {
                sb.append(a.speak()).append(a.legs()).append(' ');
            }
        }
        System.out.println(sb.toString().trim());
        Comparable<String> cmp = "b";
        System.out.println("bridge " + cmp.compareTo("a") + " " + new Box<>("x").get() + " " + new IntBox(5).get());
        Object o = new IntBox(9);
        @SuppressWarnings("unchecked")
        Box<Object> raw = (Box<Object>) o;
        System.out.println("generic bridge " + raw.get() + " " + raw.getClass().getName().replace('$', '.'));
    }

    abstract static class Animal {
        abstract String speak();

        int legs() {
            return 4;
        }
    }

    static class Dog extends Animal {
        String speak() {
            return "woof";
        }
    }

    static class Cat extends Animal {
        String speak() {
            return "meow";
        }
    }

    static class Puppy extends Dog {
        @Override
        String speak() {
            return "yip-" + super.speak();
        }

        @Override
        int legs() {
            return super.legs() - 1;
        }
    }

    static class Box<T> {
        private final T value;

        Box(T value) {
            this.value = value;
        }

        T get() {
            return value;
        }
    }

    static class IntBox extends Box<Integer> {
        IntBox(int v) {
            super(v);
        }

        @Override
        Integer get() {
            return super.get() + 1;
        }
    }
}
