package org.torito.difftest.programs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Generics after erasure: bridge methods, bounded types, wildcard capture, generic arrays made by casts, heap pollution caught by the cast at the use site. */
public class GenericsErasure {
    interface Transformer<T, R> {
        R apply(T t);
    }

    static class Lengther implements Transformer<String, Integer> {
        @Override
        public Integer apply(String s) {
            return s.length();
        }
    }

    static class Node<T extends Comparable<T>> {
        T value;

        Node(T value) {
            this.value = value;
        }

        T get() {
            return value;
        }

        void set(T v) {
            value = v;
        }
    }

    static class IntNode extends Node<Integer> {
        IntNode(int v) {
            super(v);
        }

        @Override
        Integer get() {
            return super.get() * 10;
        }

        @Override
        void set(Integer v) {
            super.set(v + 1);
        }
    }

    static <T extends Comparable<? super T>> T max(List<? extends T> list) {
        T best = list.get(0);
        for (T t : list) {
            if (t.compareTo(best) > 0) {
                best = t;
            }
        }
        return best;
    }

    static <N extends Number & Comparable<N>> String describe(N a, N b) {
        return a.doubleValue() + b.doubleValue() + " cmp=" + Integer.signum(a.compareTo(b));
    }

    static void swapFirstLast(List<?> list) {
        swapHelper(list);
    }

    private static <E> void swapHelper(List<E> list) {
        E first = list.get(0);
        list.set(0, list.get(list.size() - 1));
        list.set(list.size() - 1, first);
    }

    static class Stack<E> {
        private E[] items;
        private int size;

        @SuppressWarnings("unchecked")
        Stack(int capacity) {
            items = (E[]) new Object[capacity];
        }

        void push(E e) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = e;
        }

        E pop() {
            return items[--size];
        }

        int capacity() {
            return items.length;
        }
    }

    @SuppressWarnings("unchecked")
    static <T> T[] badArray(int n) {
        return (T[]) new Object[n];
    }

    @SafeVarargs
    static <T> List<T> listOf(T... xs) {
        return new ArrayList<>(Arrays.asList(xs));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void main(String[] args) {
        Transformer<String, Integer> t = new Lengther();
        System.out.println("typed apply: " + t.apply("hello"));
        Transformer raw = t;
        System.out.println("raw apply via bridge: " + raw.apply("four"));
        try {
            raw.apply(17);
            System.out.println("raw apply of Integer: no exception");
        } catch (ClassCastException e) {
            System.out.println("raw apply of Integer: " + e.getClass().getName());
        }

        Node<Integer> n = new IntNode(4);
        System.out.println("bridge get: " + n.get());
        n.set(5);
        System.out.println("bridge set then get: " + n.get() + " raw field " + n.value);
        Node rawNode = n;
        try {
            rawNode.set("x");
            System.out.println("raw set String: no exception");
        } catch (ClassCastException e) {
            System.out.println("raw set String: " + e.getClass().getName());
        }

        System.out.println("max ints: " + max(List.of(3, 9, 2)));
        System.out.println("max strings: " + max(List.of("pear", "apple", "zoo", "fig")));
        System.out.println("bounded: " + describe(3, 5) + " / " + describe(2.5, 1.5));

        List<String> letters = listOf("a", "b", "c", "d");
        swapFirstLast(letters);
        System.out.println("swapped: " + letters);

        Stack<String> stack = new Stack<>(2);
        for (String s : new String[] {"one", "two", "three", "four", "five"}) {
            stack.push(s);
        }
        System.out.println("capacity: " + stack.capacity());
        StringBuilder popped = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            popped.append(stack.pop()).append(' ');
        }
        System.out.println("popped: " + popped);

        Object[] asObjects = GenericsErasure.<String>badArray(3);
        System.out.println("erased array length: " + asObjects.length);
        try {
            String[] strings = GenericsErasure.<String>badArray(3);
            System.out.println("String[] of Object[]: no exception " + strings.length);
        } catch (ClassCastException e) {
            System.out.println("String[] of Object[]: " + e.getClass().getName());
        }

        List<String> polluted = new ArrayList<>();
        List rawList = polluted;
        rawList.add(42);
        rawList.add("fine");
        System.out.println("polluted size: " + polluted.size());
        Object first = polluted.get(0);
        System.out.println("as Object: " + first);
        try {
            String s = polluted.get(0);
            System.out.println("as String: " + s);
        } catch (ClassCastException e) {
            System.out.println("as String: " + e.getClass().getName());
        }
        try {
            int len = polluted.get(0).length();
            System.out.println("length: " + len);
        } catch (ClassCastException e) {
            System.out.println("length: " + e.getClass().getName());
        }
        System.out.println("second ok: " + polluted.get(1).length());

        Comparator<String> byLength = Comparator.comparingInt(String::length);
        Comparator rawCmp = byLength;
        try {
            rawCmp.compare("a", 1);
            System.out.println("raw compare: no exception");
        } catch (ClassCastException e) {
            System.out.println("raw compare: " + e.getClass().getName());
        }
        List<? extends Number> nums = List.of(1, 2.5, 3L);
        double sum = 0;
        for (Number x : nums) {
            sum += x.doubleValue();
        }
        System.out.println("wildcard sum: " + sum);
        List<? super Integer> sink = new ArrayList<Number>();
        sink.add(7);
        sink.add(8);
        System.out.println("super sink: " + sink);
    }
}
