package org.torito.boot.teavm;

import org.teavm.dependency.AbstractDependencyListener;
import org.teavm.dependency.DependencyAgent;
import org.teavm.model.MethodReference;
import org.teavm.model.ValueType;

/**
 * Keeps the Java methods that only C calls, by the names TeaVM gives them, in every image;
 * TeaVM's reachability analysis would never see them:
 * <ul>
 * <li>{@code org.torito.guest.runtime.StackOverflows.raise()}: the platform's java_stack.c, when
 * the stack check that the build adds to TeaVM's TEAVM_ALLOC_STACK fails;
 * <li>{@code org.torito.guest.boot.ProgramEnd.ranDry()}: TeaVM's C main, patched to call it when
 * the event queue has run dry (org.torito.boot.GeneratedCodePatch).
 * </ul>
 */
final class MethodsCalledFromC extends AbstractDependencyListener {

    static final MethodReference RAISE = new MethodReference("org.torito.guest.runtime.StackOverflows", "raise",
            ValueType.VOID);
    static final MethodReference RAN_DRY = new MethodReference("org.torito.guest.boot.ProgramEnd", "ranDry",
            ValueType.INTEGER);

    @Override
    public void started(DependencyAgent agent) {
        agent.linkMethod(RAISE).use();
        agent.linkMethod(RAN_DRY).use();
    }
}
