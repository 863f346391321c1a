package org.torito.difftest.programs;

import java.util.ArrayList;
import java.util.List;

/**
 * Casts that must fail, and array stores that must be refused (issue 16): a failing cast throws
 * ClassCastException instead of running on with an object of the wrong type, and a store into
 * an array whose runtime component type does not admit the value throws ArrayStoreException.
 * Prints the exception's class, not its message (HotSpot names modules and loaders there).
 * Casts whose value is never read are in UnusedValueExceptions.
 */
public class CastsAndStores {
    interface Shape {
    }

    static class Circle implements Shape {
    }

    static class Square implements Shape {
    }

    static Object box(int i) {
        return switch (i % 4) {
            case 0 -> "text";
            case 1 -> Integer.valueOf(i);
            case 2 -> new Circle();
            default -> new int[] {i};
        };
    }

    static String castTo(Object value, String target) {
        try {
            Object result = switch (target) {
                case "Integer" -> (Integer) value;
                case "String" -> (String) value;
                case "Shape" -> (Shape) value;
                case "Circle" -> (Circle) value;
                case "Square" -> (Square) value;
                case "int[]" -> (int[]) value;
                case "Object[]" -> (Object[]) value;
                default -> throw new IllegalArgumentException(target);
            };
            return "ok " + (result == null ? "null" : result.getClass().getSimpleName());
        } catch (ClassCastException e) {
            return "ClassCastException";
        }
    }

    /** Casts whose result goes where any object would do: javac keeps the checkcast, so must the image. */
    static void castsIntoObjectPlaces(Object value) {
        try {
            System.out.println((Integer) value);
        } catch (ClassCastException e) {
            System.out.println("println: ClassCastException");
        }
        try {
            System.out.println("valueOf: " + String.valueOf((Integer) value));
        } catch (ClassCastException e) {
            System.out.println("valueOf: ClassCastException");
        }
        List<Object> list = new ArrayList<>();
        try {
            list.add((Circle) value);
            System.out.println("add: " + list.size());
        } catch (ClassCastException e) {
            System.out.println("add: ClassCastException");
        }
        try {
            Object same = (Square) value;
            System.out.println("assigned: " + (same != null));
        } catch (ClassCastException e) {
            System.out.println("assigned: ClassCastException");
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static void erasedGenerics() {
        List raw = new ArrayList();
        raw.add(42);
        List<String> strings = raw;
        try {
            String s = strings.get(0);
            System.out.println("erased: got " + s.length());
        } catch (ClassCastException e) {
            System.out.println("erased: ClassCastException");
        }
    }

    static void arrayStores() {
        Object[] strings = new String[2];
        Object[] shapes = new Shape[2];
        Object[] plain = new Object[2];
        Object[][] values = {strings, shapes, plain};
        Object[] candidates = {"s", 7, new Circle(), new Square()};
        for (Object[] array : values) {
            for (Object candidate : candidates) {
                try {
                    array[0] = candidate;
                    System.out.println(array.getClass().getSimpleName() + " <- " + candidate.getClass().getSimpleName()
                            + ": stored");
                } catch (ArrayStoreException e) {
                    System.out.println(array.getClass().getSimpleName() + " <- " + candidate.getClass().getSimpleName()
                            + ": ArrayStoreException");
                }
            }
        }
    }

    public static void main(String[] args) {
        String[] targets = {"Integer", "String", "Shape", "Circle", "Square", "int[]", "Object[]"};
        for (int i = 0; i < 4; i++) {
            Object value = box(i);
            StringBuilder line = new StringBuilder(value.getClass().getSimpleName() + ":");
            for (String target : targets) {
                line.append(' ').append(target).append('=').append(castTo(value, target));
            }
            System.out.println(line);
        }
        System.out.println("null: " + castTo(null, "Integer") + " " + castTo(null, "int[]"));
        Object circle = new Circle();
        System.out.println("instanceof: " + (circle instanceof Shape) + " " + (circle instanceof Square)
                + " " + ("s" instanceof Comparable));
        castsIntoObjectPlaces("not a number");
        erasedGenerics();
        arrayStores();
    }
}
