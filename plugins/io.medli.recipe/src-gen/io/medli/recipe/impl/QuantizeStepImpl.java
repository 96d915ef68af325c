/**
 */
package io.medli.recipe.impl;

import io.medli.recipe.QuantizeMode;
import io.medli.recipe.QuantizeStep;
import io.medli.recipe.RangeMethod;
import io.medli.recipe.RecipePackage;
import io.medli.recipe.WeightRounding;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Quantize Step</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.medli.recipe.impl.QuantizeStepImpl#getMode <em>Mode</em>}</li>
 *   <li>{@link io.medli.recipe.impl.QuantizeStepImpl#getMethod <em>Method</em>}</li>
 *   <li>{@link io.medli.recipe.impl.QuantizeStepImpl#getPercentile <em>Percentile</em>}</li>
 *   <li>{@link io.medli.recipe.impl.QuantizeStepImpl#getBudgetDb <em>Budget Db</em>}</li>
 *   <li>{@link io.medli.recipe.impl.QuantizeStepImpl#isEqualize <em>Equalize</em>}</li>
 *   <li>{@link io.medli.recipe.impl.QuantizeStepImpl#getWeightRounding <em>Weight Rounding</em>}</li>
 *   <li>{@link io.medli.recipe.impl.QuantizeStepImpl#isBiasCorrection <em>Bias Correction</em>}</li>
 *   <li>{@link io.medli.recipe.impl.QuantizeStepImpl#getExcludes <em>Excludes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class QuantizeStepImpl extends StepImpl implements QuantizeStep {
	/**
	 * The default value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected static final QuantizeMode MODE_EDEFAULT = QuantizeMode.NONE;

	/**
	 * The cached value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected QuantizeMode mode = MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected static final RangeMethod METHOD_EDEFAULT = RangeMethod.MINMAX;

	/**
	 * The cached value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected RangeMethod method = METHOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getPercentile() <em>Percentile</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPercentile()
	 * @generated
	 * @ordered
	 */
	protected static final double PERCENTILE_EDEFAULT = 99.99;

	/**
	 * The cached value of the '{@link #getPercentile() <em>Percentile</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPercentile()
	 * @generated
	 * @ordered
	 */
	protected double percentile = PERCENTILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBudgetDb() <em>Budget Db</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudgetDb()
	 * @generated
	 * @ordered
	 */
	protected static final double BUDGET_DB_EDEFAULT = 25.0;

	/**
	 * The cached value of the '{@link #getBudgetDb() <em>Budget Db</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudgetDb()
	 * @generated
	 * @ordered
	 */
	protected double budgetDb = BUDGET_DB_EDEFAULT;

	/**
	 * The default value of the '{@link #isEqualize() <em>Equalize</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEqualize()
	 * @generated
	 * @ordered
	 */
	protected static final boolean EQUALIZE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isEqualize() <em>Equalize</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEqualize()
	 * @generated
	 * @ordered
	 */
	protected boolean equalize = EQUALIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getWeightRounding() <em>Weight Rounding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightRounding()
	 * @generated
	 * @ordered
	 */
	protected static final WeightRounding WEIGHT_ROUNDING_EDEFAULT = WeightRounding.NEAREST;

	/**
	 * The cached value of the '{@link #getWeightRounding() <em>Weight Rounding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightRounding()
	 * @generated
	 * @ordered
	 */
	protected WeightRounding weightRounding = WEIGHT_ROUNDING_EDEFAULT;

	/**
	 * The default value of the '{@link #isBiasCorrection() <em>Bias Correction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBiasCorrection()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BIAS_CORRECTION_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isBiasCorrection() <em>Bias Correction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBiasCorrection()
	 * @generated
	 * @ordered
	 */
	protected boolean biasCorrection = BIAS_CORRECTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getExcludes() <em>Excludes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExcludes()
	 * @generated
	 * @ordered
	 */
	protected EList<String> excludes;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected QuantizeStepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RecipePackage.Literals.QUANTIZE_STEP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuantizeMode getMode() {
		return mode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMode(QuantizeMode newMode) {
		QuantizeMode oldMode = mode;
		mode = newMode == null ? MODE_EDEFAULT : newMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecipePackage.QUANTIZE_STEP__MODE, oldMode, mode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RangeMethod getMethod() {
		return method;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMethod(RangeMethod newMethod) {
		RangeMethod oldMethod = method;
		method = newMethod == null ? METHOD_EDEFAULT : newMethod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecipePackage.QUANTIZE_STEP__METHOD, oldMethod, method));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPercentile() {
		return percentile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPercentile(double newPercentile) {
		double oldPercentile = percentile;
		percentile = newPercentile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecipePackage.QUANTIZE_STEP__PERCENTILE, oldPercentile, percentile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getBudgetDb() {
		return budgetDb;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBudgetDb(double newBudgetDb) {
		double oldBudgetDb = budgetDb;
		budgetDb = newBudgetDb;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecipePackage.QUANTIZE_STEP__BUDGET_DB, oldBudgetDb, budgetDb));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEqualize() {
		return equalize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEqualize(boolean newEqualize) {
		boolean oldEqualize = equalize;
		equalize = newEqualize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecipePackage.QUANTIZE_STEP__EQUALIZE, oldEqualize, equalize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WeightRounding getWeightRounding() {
		return weightRounding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeightRounding(WeightRounding newWeightRounding) {
		WeightRounding oldWeightRounding = weightRounding;
		weightRounding = newWeightRounding == null ? WEIGHT_ROUNDING_EDEFAULT : newWeightRounding;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecipePackage.QUANTIZE_STEP__WEIGHT_ROUNDING, oldWeightRounding, weightRounding));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBiasCorrection() {
		return biasCorrection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBiasCorrection(boolean newBiasCorrection) {
		boolean oldBiasCorrection = biasCorrection;
		biasCorrection = newBiasCorrection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecipePackage.QUANTIZE_STEP__BIAS_CORRECTION, oldBiasCorrection, biasCorrection));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getExcludes() {
		if (excludes == null) {
			excludes = new EDataTypeUniqueEList<String>(String.class, this, RecipePackage.QUANTIZE_STEP__EXCLUDES);
		}
		return excludes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RecipePackage.QUANTIZE_STEP__MODE:
				return getMode();
			case RecipePackage.QUANTIZE_STEP__METHOD:
				return getMethod();
			case RecipePackage.QUANTIZE_STEP__PERCENTILE:
				return getPercentile();
			case RecipePackage.QUANTIZE_STEP__BUDGET_DB:
				return getBudgetDb();
			case RecipePackage.QUANTIZE_STEP__EQUALIZE:
				return isEqualize();
			case RecipePackage.QUANTIZE_STEP__WEIGHT_ROUNDING:
				return getWeightRounding();
			case RecipePackage.QUANTIZE_STEP__BIAS_CORRECTION:
				return isBiasCorrection();
			case RecipePackage.QUANTIZE_STEP__EXCLUDES:
				return getExcludes();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case RecipePackage.QUANTIZE_STEP__MODE:
				setMode((QuantizeMode)newValue);
				return;
			case RecipePackage.QUANTIZE_STEP__METHOD:
				setMethod((RangeMethod)newValue);
				return;
			case RecipePackage.QUANTIZE_STEP__PERCENTILE:
				setPercentile((Double)newValue);
				return;
			case RecipePackage.QUANTIZE_STEP__BUDGET_DB:
				setBudgetDb((Double)newValue);
				return;
			case RecipePackage.QUANTIZE_STEP__EQUALIZE:
				setEqualize((Boolean)newValue);
				return;
			case RecipePackage.QUANTIZE_STEP__WEIGHT_ROUNDING:
				setWeightRounding((WeightRounding)newValue);
				return;
			case RecipePackage.QUANTIZE_STEP__BIAS_CORRECTION:
				setBiasCorrection((Boolean)newValue);
				return;
			case RecipePackage.QUANTIZE_STEP__EXCLUDES:
				getExcludes().clear();
				getExcludes().addAll((Collection<? extends String>)newValue);
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
			case RecipePackage.QUANTIZE_STEP__MODE:
				setMode(MODE_EDEFAULT);
				return;
			case RecipePackage.QUANTIZE_STEP__METHOD:
				setMethod(METHOD_EDEFAULT);
				return;
			case RecipePackage.QUANTIZE_STEP__PERCENTILE:
				setPercentile(PERCENTILE_EDEFAULT);
				return;
			case RecipePackage.QUANTIZE_STEP__BUDGET_DB:
				setBudgetDb(BUDGET_DB_EDEFAULT);
				return;
			case RecipePackage.QUANTIZE_STEP__EQUALIZE:
				setEqualize(EQUALIZE_EDEFAULT);
				return;
			case RecipePackage.QUANTIZE_STEP__WEIGHT_ROUNDING:
				setWeightRounding(WEIGHT_ROUNDING_EDEFAULT);
				return;
			case RecipePackage.QUANTIZE_STEP__BIAS_CORRECTION:
				setBiasCorrection(BIAS_CORRECTION_EDEFAULT);
				return;
			case RecipePackage.QUANTIZE_STEP__EXCLUDES:
				getExcludes().clear();
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
			case RecipePackage.QUANTIZE_STEP__MODE:
				return mode != MODE_EDEFAULT;
			case RecipePackage.QUANTIZE_STEP__METHOD:
				return method != METHOD_EDEFAULT;
			case RecipePackage.QUANTIZE_STEP__PERCENTILE:
				return percentile != PERCENTILE_EDEFAULT;
			case RecipePackage.QUANTIZE_STEP__BUDGET_DB:
				return budgetDb != BUDGET_DB_EDEFAULT;
			case RecipePackage.QUANTIZE_STEP__EQUALIZE:
				return equalize != EQUALIZE_EDEFAULT;
			case RecipePackage.QUANTIZE_STEP__WEIGHT_ROUNDING:
				return weightRounding != WEIGHT_ROUNDING_EDEFAULT;
			case RecipePackage.QUANTIZE_STEP__BIAS_CORRECTION:
				return biasCorrection != BIAS_CORRECTION_EDEFAULT;
			case RecipePackage.QUANTIZE_STEP__EXCLUDES:
				return excludes != null && !excludes.isEmpty();
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
		result.append(" (mode: ");
		result.append(mode);
		result.append(", method: ");
		result.append(method);
		result.append(", percentile: ");
		result.append(percentile);
		result.append(", budgetDb: ");
		result.append(budgetDb);
		result.append(", equalize: ");
		result.append(equalize);
		result.append(", weightRounding: ");
		result.append(weightRounding);
		result.append(", biasCorrection: ");
		result.append(biasCorrection);
		result.append(", excludes: ");
		result.append(excludes);
		result.append(')');
		return result.toString();
	}

} //QuantizeStepImpl
