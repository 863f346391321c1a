package org.torito.guest.runtime.collections;

import java.util.AbstractList;
import java.util.ConcurrentModificationException;
import java.util.ListIterator;
import java.util.NoSuchElementException;
import org.torito.guest.runtime.ClasslibAccess;

/**
 * The iterator and list iterator of AbstractList (and so of ArrayList, Arrays.asList and
 * Collections' lists), as the JDK specifies them; the image pipeline installs it for
 * AbstractList.iterator() and listIterator(int) (org.torito.boot.teavm.classlib.CollectionFixes).
 * TeaVM 0.15's iterators compared the cursor with the size at their creation, so
 * <ul>
 * <li>{@code add} inside an iteration ended it early (the snapshot size did not grow);
 * <li>removing the second-to-last element through the list during a for-each threw
 *     ConcurrentModificationException where the JDK's loop simply ends;
 * <li>{@code next()} past the end threw IndexOutOfBoundsException, not NoSuchElementException.
 * </ul>
 * This cursor reads the list's size as it goes and checks modCount as the JDK's does.
 */
public final class ListCursor<E> implements ListIterator<E> {
    private final AbstractList<E> list;
    private int cursor;
    /** Index of the element last returned by next or previous; -1 after add or remove. */
    private int last = -1;
    private int expectedModCount;

    private ListCursor(AbstractList<E> list, int start) {
        this.list = list;
        this.cursor = start;
        this.expectedModCount = ClasslibAccess.modCount(list);
    }

    /** AbstractList.iterator(). */
    public static <E> java.util.Iterator<E> iterator(AbstractList<E> list) {
        return new ListCursor<>(list, 0);
    }

    /** AbstractList.listIterator(int), which checks the start as the JDK's does. */
    public static <E> ListIterator<E> listIterator(AbstractList<E> list, int index) {
        if (index < 0 || index > list.size()) {
            throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + list.size());
        }
        return new ListCursor<>(list, index);
    }

    @Override
    public boolean hasNext() {
        return cursor != list.size();
    }

    @Override
    public E next() {
        checkForComodification();
        int i = cursor;
        if (i >= list.size()) {
            throw new NoSuchElementException();
        }
        E element = list.get(i);
        last = i;
        cursor = i + 1;
        return element;
    }

    @Override
    public boolean hasPrevious() {
        return cursor != 0;
    }

    @Override
    public E previous() {
        checkForComodification();
        int i = cursor - 1;
        if (i < 0) {
            throw new NoSuchElementException();
        }
        E element = list.get(i);
        last = i;
        cursor = i;
        return element;
    }

    @Override
    public int nextIndex() {
        return cursor;
    }

    @Override
    public int previousIndex() {
        return cursor - 1;
    }

    @Override
    public void remove() {
        if (last < 0) {
            throw new IllegalStateException();
        }
        checkForComodification();
        try {
            list.remove(last);
        } catch (IndexOutOfBoundsException e) {
            throw new ConcurrentModificationException();
        }
        if (last < cursor) {
            cursor--;
        }
        last = -1;
        expectedModCount = ClasslibAccess.modCount(list);
    }

    @Override
    public void set(E element) {
        if (last < 0) {
            throw new IllegalStateException();
        }
        checkForComodification();
        try {
            list.set(last, element);
        } catch (IndexOutOfBoundsException e) {
            throw new ConcurrentModificationException();
        }
        expectedModCount = ClasslibAccess.modCount(list);
    }

    @Override
    public void add(E element) {
        checkForComodification();
        try {
            list.add(cursor, element);
        } catch (IndexOutOfBoundsException e) {
            throw new ConcurrentModificationException();
        }
        cursor++;
        last = -1;
        expectedModCount = ClasslibAccess.modCount(list);
    }

    private void checkForComodification() {
        if (ClasslibAccess.modCount(list) != expectedModCount) {
            throw new ConcurrentModificationException();
        }
    }
}
