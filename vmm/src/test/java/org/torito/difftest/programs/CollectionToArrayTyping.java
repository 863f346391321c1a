package org.torito.difftest.programs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedList;
import java.util.List;
import java.util.TreeSet;

/** Collection.toArray(T[]) into arrays too small, exactly sized and larger (the element after the last is set to null), of a supertype and of a wrong type (ArrayStoreException), and toArray(IntFunction), for several collections. */
public class CollectionToArrayTyping {
    public static void main(String[] args) {
        List<Collection<String>> collections = List.of(new ArrayList<>(List.of("a", "b")), new LinkedList<>(List.of("a", "b")),
                new ArrayDeque<>(List.of("a", "b")), new TreeSet<>(List.of("a", "b")), List.of("a", "b"), Arrays.asList("a", "b"));
        // Labels, not class names: the classes behind List.of and Arrays.asList are the library's own.
        String[] labels = {"ArrayList", "LinkedList", "ArrayDeque", "TreeSet", "List.of", "Arrays.asList"};
        for (int k = 0; k < collections.size(); k++) {
            Collection<String> c = collections.get(k);
            String name = labels[k];
            String[] small = new String[1];
            String[] fromSmall = c.toArray(small);
            String[] exact = new String[2];
            String[] fromExact = c.toArray(exact);
            String[] big = {"x", "x", "x", "x"};
            String[] fromBig = c.toArray(big);
            Object[] asObjects = c.toArray(new Object[0]);
            CharSequence[] asSuper = c.toArray(new CharSequence[3]);
            String[] generated = c.toArray(String[]::new);
            System.out.println(name + " small " + (fromSmall == small) + " " + Arrays.toString(fromSmall) + " exact "
                    + (fromExact == exact) + " big " + (fromBig == big) + " " + Arrays.toString(fromBig) + " objects "
                    + asObjects.getClass().getSimpleName() + " super " + asSuper.getClass().getSimpleName() + " "
                    + Arrays.toString(asSuper) + " generated " + Arrays.toString(generated) + " plain "
                    + c.toArray().getClass().getSimpleName());
            try {
                Integer[] wrong = c.toArray(new Integer[0]);
                System.out.println(name + " into Integer[] stored " + wrong.length);
            } catch (ArrayStoreException e) {
                System.out.println(name + " into Integer[] " + e.getClass().getName());
            }
        }
        List<Object> mixed = new ArrayList<>(List.of("s", 1));
        try {
            String[] strings = mixed.toArray(new String[5]);
            System.out.println("mixed stored " + strings.length);
        } catch (ArrayStoreException e) {
            System.out.println("mixed " + e.getClass().getName());
        }
    }
}
