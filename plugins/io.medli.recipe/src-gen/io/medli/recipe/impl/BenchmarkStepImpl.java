/**
 */
package io.medli.recipe.impl;

import io.medli.recipe.BenchmarkStep;
import io.medli.recipe.RecipePackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Benchmark Step</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.medli.recipe.impl.BenchmarkStepImpl#getRounds <em>Rounds</em>}</li>
 *   <li>{@link io.medli.recipe.impl.BenchmarkStepImpl#getWarmup <em>Warmup</em>}</li>
 *   <li>{@link io.medli.recipe.impl.BenchmarkStepImpl#isMemory <em>Memory</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BenchmarkStepImpl extends MeasureStepImpl implements BenchmarkStep {
	/**
	 * The default value of the '{@link #getRounds() <em>Rounds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRounds()
	 * @generated
	 * @ordered
	 */
	protected static final int ROUNDS_EDEFAULT = 20;

	/**
	 * The cached value of the '{@link #getRounds() <em>Rounds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRounds()
	 * @generated
	 * @ordered
	 */
	protected int rounds = ROUNDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getWarmup() <em>Warmup</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWarmup()
	 * @generated
	 * @ordered
	 */
	protected static final int WARMUP_EDEFAULT = 3;

	/**
	 * The cached value of the '{@link #getWarmup() <em>Warmup</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWarmup()
	 * @generated
	 * @ordered
	 */
	protected int warmup = WARMUP_EDEFAULT;

	/**
	 * The default value of the '{@link #isMemory() <em>Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMemory()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MEMORY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMemory() <em>Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMemory()
	 * @generated
	 * @ordered
	 */
	protected boolean memory = MEMORY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BenchmarkStepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RecipePackage.Literals.BENCHMARK_STEP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRounds() {
		return rounds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRounds(int newRounds) {
		int oldRounds = rounds;
		rounds = newRounds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecipePackage.BENCHMARK_STEP__ROUNDS, oldRounds, rounds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWarmup() {
		return warmup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWarmup(int newWarmup) {
		int oldWarmup = warmup;
		warmup = newWarmup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecipePackage.BENCHMARK_STEP__WARMUP, oldWarmup, warmup));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMemory() {
		return memory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemory(boolean newMemory) {
		boolean oldMemory = memory;
		memory = newMemory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecipePackage.BENCHMARK_STEP__MEMORY, oldMemory, memory));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RecipePackage.BENCHMARK_STEP__ROUNDS:
				return getRounds();
			case RecipePackage.BENCHMARK_STEP__WARMUP:
				return getWarmup();
			case RecipePackage.BENCHMARK_STEP__MEMORY:
				return isMemory();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case RecipePackage.BENCHMARK_STEP__ROUNDS:
				setRounds((Integer)newValue);
				return;
			case RecipePackage.BENCHMARK_STEP__WARMUP:
				setWarmup((Integer)newValue);
				return;
			case RecipePackage.BENCHMARK_STEP__MEMORY:
				setMemory((Boolean)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case RecipePackage.BENCHMARK_STEP__ROUNDS:
				setRounds(ROUNDS_EDEFAULT);
				return;
			case RecipePackage.BENCHMARK_STEP__WARMUP:
				setWarmup(WARMUP_EDEFAULT);
				return;
			case RecipePackage.BENCHMARK_STEP__MEMORY:
				setMemory(MEMORY_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case RecipePackage.BENCHMARK_STEP__ROUNDS:
				return rounds != ROUNDS_EDEFAULT;
			case RecipePackage.BENCHMARK_STEP__WARMUP:
				return warmup != WARMUP_EDEFAULT;
			case RecipePackage.BENCHMARK_STEP__MEMORY:
				return memory != MEMORY_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (rounds: ");
		result.append(rounds);
		result.append(", warmup: ");
		result.append(warmup);
		result.append(", memory: ");
		result.append(memory);
		result.append(')');
		return result.toString();
	}

} //BenchmarkStepImpl
