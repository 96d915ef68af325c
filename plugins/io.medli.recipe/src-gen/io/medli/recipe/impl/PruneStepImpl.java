/**
 */
package io.medli.recipe.impl;

import io.medli.recipe.Norm;
import io.medli.recipe.PruneStep;
import io.medli.recipe.PruneStructure;
import io.medli.recipe.RecipePackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Prune Step</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.medli.recipe.impl.PruneStepImpl#getStructure <em>Structure</em>}</li>
 *   <li>{@link io.medli.recipe.impl.PruneStepImpl#getRatio <em>Ratio</em>}</li>
 *   <li>{@link io.medli.recipe.impl.PruneStepImpl#getNorm <em>Norm</em>}</li>
 *   <li>{@link io.medli.recipe.impl.PruneStepImpl#isPerLayer <em>Per Layer</em>}</li>
 *   <li>{@link io.medli.recipe.impl.PruneStepImpl#getExcludes <em>Excludes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PruneStepImpl extends StepImpl implements PruneStep {
	/**
	 * The default value of the '{@link #getStructure() <em>Structure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStructure()
	 * @generated
	 * @ordered
	 */
	protected static final PruneStructure STRUCTURE_EDEFAULT = PruneStructure.CHANNELS;

	/**
	 * The cached value of the '{@link #getStructure() <em>Structure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStructure()
	 * @generated
	 * @ordered
	 */
	protected PruneStructure structure = STRUCTURE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRatio() <em>Ratio</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRatio()
	 * @generated
	 * @ordered
	 */
	protected static final double RATIO_EDEFAULT = 0.3;

	/**
	 * The cached value of the '{@link #getRatio() <em>Ratio</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRatio()
	 * @generated
	 * @ordered
	 */
	protected double ratio = RATIO_EDEFAULT;

	/**
	 * The default value of the '{@link #getNorm() <em>Norm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNorm()
	 * @generated
	 * @ordered
	 */
	protected static final Norm NORM_EDEFAULT = Norm.L1;

	/**
	 * The cached value of the '{@link #getNorm() <em>Norm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNorm()
	 * @generated
	 * @ordered
	 */
	protected Norm norm = NORM_EDEFAULT;

	/**
	 * The default value of the '{@link #isPerLayer() <em>Per Layer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPerLayer()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PER_LAYER_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPerLayer() <em>Per Layer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPerLayer()
	 * @generated
	 * @ordered
	 */
	protected boolean perLayer = PER_LAYER_EDEFAULT;

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
	protected PruneStepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RecipePackage.Literals.PRUNE_STEP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PruneStructure getStructure() {
		return structure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStructure(PruneStructure newStructure) {
		PruneStructure oldStructure = structure;
		structure = newStructure == null ? STRUCTURE_EDEFAULT : newStructure;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecipePackage.PRUNE_STEP__STRUCTURE, oldStructure, structure));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRatio() {
		return ratio;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRatio(double newRatio) {
		double oldRatio = ratio;
		ratio = newRatio;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecipePackage.PRUNE_STEP__RATIO, oldRatio, ratio));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Norm getNorm() {
		return norm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNorm(Norm newNorm) {
		Norm oldNorm = norm;
		norm = newNorm == null ? NORM_EDEFAULT : newNorm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecipePackage.PRUNE_STEP__NORM, oldNorm, norm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPerLayer() {
		return perLayer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPerLayer(boolean newPerLayer) {
		boolean oldPerLayer = perLayer;
		perLayer = newPerLayer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecipePackage.PRUNE_STEP__PER_LAYER, oldPerLayer, perLayer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getExcludes() {
		if (excludes == null) {
			excludes = new EDataTypeUniqueEList<String>(String.class, this, RecipePackage.PRUNE_STEP__EXCLUDES);
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
			case RecipePackage.PRUNE_STEP__STRUCTURE:
				return getStructure();
			case RecipePackage.PRUNE_STEP__RATIO:
				return getRatio();
			case RecipePackage.PRUNE_STEP__NORM:
				return getNorm();
			case RecipePackage.PRUNE_STEP__PER_LAYER:
				return isPerLayer();
			case RecipePackage.PRUNE_STEP__EXCLUDES:
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
			case RecipePackage.PRUNE_STEP__STRUCTURE:
				setStructure((PruneStructure)newValue);
				return;
			case RecipePackage.PRUNE_STEP__RATIO:
				setRatio((Double)newValue);
				return;
			case RecipePackage.PRUNE_STEP__NORM:
				setNorm((Norm)newValue);
				return;
			case RecipePackage.PRUNE_STEP__PER_LAYER:
				setPerLayer((Boolean)newValue);
				return;
			case RecipePackage.PRUNE_STEP__EXCLUDES:
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
			case RecipePackage.PRUNE_STEP__STRUCTURE:
				setStructure(STRUCTURE_EDEFAULT);
				return;
			case RecipePackage.PRUNE_STEP__RATIO:
				setRatio(RATIO_EDEFAULT);
				return;
			case RecipePackage.PRUNE_STEP__NORM:
				setNorm(NORM_EDEFAULT);
				return;
			case RecipePackage.PRUNE_STEP__PER_LAYER:
				setPerLayer(PER_LAYER_EDEFAULT);
				return;
			case RecipePackage.PRUNE_STEP__EXCLUDES:
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
			case RecipePackage.PRUNE_STEP__STRUCTURE:
				return structure != STRUCTURE_EDEFAULT;
			case RecipePackage.PRUNE_STEP__RATIO:
				return ratio != RATIO_EDEFAULT;
			case RecipePackage.PRUNE_STEP__NORM:
				return norm != NORM_EDEFAULT;
			case RecipePackage.PRUNE_STEP__PER_LAYER:
				return perLayer != PER_LAYER_EDEFAULT;
			case RecipePackage.PRUNE_STEP__EXCLUDES:
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
		result.append(" (structure: ");
		result.append(structure);
		result.append(", ratio: ");
		result.append(ratio);
		result.append(", norm: ");
		result.append(norm);
		result.append(", perLayer: ");
		result.append(perLayer);
		result.append(", excludes: ");
		result.append(excludes);
		result.append(')');
		return result.toString();
	}

} //PruneStepImpl
