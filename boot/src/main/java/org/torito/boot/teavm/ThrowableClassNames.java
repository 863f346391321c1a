package org.torito.boot.teavm;

import org.teavm.dependency.AbstractDependencyListener;
import org.teavm.dependency.DependencyAgent;
import org.teavm.dependency.MethodDependency;
import org.teavm.model.MethodReference;
import org.teavm.model.ValueType;

/**
 * Keeps the class name of every reachable Throwable in the image. TeaVM's C backend stores a
 * class's name only when its analysis sees that class flow into {@code Class.getName()};
 * exceptions raised by the runtime itself (NullPointerException, ArrayIndexOutOfBounds,
 * ClassCastException) never do, so their {@code toString()} and {@code getClass().getName()}
 * gave "null". Names are what stack traces and most exception handling print.
 */
final class ThrowableClassNames extends AbstractDependencyListener {

    private static final MethodReference GET_NAME = new MethodReference(Class.class, "getName", String.class);

    @Override
    public void classReached(DependencyAgent agent, String className) {
        if (!agent.getClassHierarchy().isSuperType("java.lang.Throwable", className, false)) {
            return;
        }
        MethodDependency getName = agent.linkMethod(GET_NAME);
        getName.getVariable(0).getClassValueNode().propagate(agent.getType(ValueType.object(className)));
    }
}
