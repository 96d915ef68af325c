/**
 */
package io.medli.recipe.impl;

import io.medli.recipe.BackboneTraining;
import io.medli.recipe.RecipePackage;
import io.medli.recipe.SpecializeStep;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Specialize Step</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.medli.recipe.impl.SpecializeStepImpl#getCut <em>Cut</em>}</li>
 *   <li>{@link io.medli.recipe.impl.SpecializeStepImpl#getHead <em>Head</em>}</li>
 *   <li>{@link io.medli.recipe.impl.SpecializeStepImpl#getBackboneTraining <em>Backbone Training</em>}</li>
 *   <li>{@link io.medli.recipe.impl.SpecializeStepImpl#getEpochs <em>Epochs</em>}</li>
 *   <li>{@link io.medli.recipe.impl.SpecializeStepImpl#getPerClass <em>Per Class</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SpecializeStepImpl extends StepImpl implements SpecializeStep {
	/**
	 * The default value of the '{@link #getCut() <em>Cut</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCut()
	 * @generated
	 * @ordered
	 */
	protected static final String CUT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCut() <em>Cut</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCut()
	 * @generated
	 * @ordered
	 */
	protected String cut = CUT_EDEFAULT;

	/**
	 * The default value of the '{@link #getHead() <em>Head</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHead()
	 * @generated
	 * @ordered
	 */
	protected static final String HEAD_EDEFAULT = "linear";

	/**
	 * The cached value of the '{@link #getHead() <em>Head</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHead()
	 * @generated
	 * @ordered
	 */
	protected String head = HEAD_EDEFAULT;

	/**
	 * The default value of the '{@link #getBackboneTraining() <em>Backbone Training</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackboneTraining()
	 * @generated
	 * @ordered
	 */
	protected static final BackboneTraining BACKBONE_TRAINING_EDEFAULT = BackboneTraining.FROZEN;

	/**
	 * The cached value of the '{@link #getBackboneTraining() <em>Backbone Training</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackboneTraining()
	 * @generated
	 * @ordered
	 */
	protected BackboneTraining backboneTraining = BACKBONE_TRAINING_EDEFAULT;

	/**
	 * The default value of the '{@link #getEpochs() <em>Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpochs()
	 * @generated
	 * @ordered
	 */
	protected static final int EPOCHS_EDEFAULT = 10;

	/**
	 * The cached value of the '{@link #getEpochs() <em>Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpochs()
	 * @generated
	 * @ordered
	 */
	protected int epochs = EPOCHS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPerClass() <em>Per Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerClass()
	 * @generated
	 * @ordered
	 */
	protected static final int PER_CLASS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPerClass() <em>Per Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerClass()
	 * @generated
	 * @ordered
	 */
	protected int perClass = PER_CLASS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SpecializeStepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RecipePackage.Literals.SPECIALIZE_STEP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCut() {
		return cut;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCut(String newCut) {
		String oldCut = cut;
		cut = newCut;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecipePackage.SPECIALIZE_STEP__CUT, oldCut, cut));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHead() {
		return head;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHead(String newHead) {
		String oldHead = head;
		head = newHead;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecipePackage.SPECIALIZE_STEP__HEAD, oldHead, head));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BackboneTraining getBackboneTraining() {
		return backboneTraining;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBackboneTraining(BackboneTraining newBackboneTraining) {
		BackboneTraining oldBackboneTraining = backboneTraining;
		backboneTraining = newBackboneTraining == null ? BACKBONE_TRAINING_EDEFAULT : newBackboneTraining;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecipePackage.SPECIALIZE_STEP__BACKBONE_TRAINING, oldBackboneTraining, backboneTraining));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEpochs() {
		return epochs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEpochs(int newEpochs) {
		int oldEpochs = epochs;
		epochs = newEpochs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecipePackage.SPECIALIZE_STEP__EPOCHS, oldEpochs, epochs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPerClass() {
		return perClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPerClass(int newPerClass) {
		int oldPerClass = perClass;
		perClass = newPerClass;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecipePackage.SPECIALIZE_STEP__PER_CLASS, oldPerClass, perClass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RecipePackage.SPECIALIZE_STEP__CUT:
				return getCut();
			case RecipePackage.SPECIALIZE_STEP__HEAD:
				return getHead();
			case RecipePackage.SPECIALIZE_STEP__BACKBONE_TRAINING:
				return getBackboneTraining();
			case RecipePackage.SPECIALIZE_STEP__EPOCHS:
				return getEpochs();
			case RecipePackage.SPECIALIZE_STEP__PER_CLASS:
				return getPerClass();
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
			case RecipePackage.SPECIALIZE_STEP__CUT:
				setCut((String)newValue);
				return;
			case RecipePackage.SPECIALIZE_STEP__HEAD:
				setHead((String)newValue);
				return;
			case RecipePackage.SPECIALIZE_STEP__BACKBONE_TRAINING:
				setBackboneTraining((BackboneTraining)newValue);
				return;
			case RecipePackage.SPECIALIZE_STEP__EPOCHS:
				setEpochs((Integer)newValue);
				return;
			case RecipePackage.SPECIALIZE_STEP__PER_CLASS:
				setPerClass((Integer)newValue);
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
			case RecipePackage.SPECIALIZE_STEP__CUT:
				setCut(CUT_EDEFAULT);
				return;
			case RecipePackage.SPECIALIZE_STEP__HEAD:
				setHead(HEAD_EDEFAULT);
				return;
			case RecipePackage.SPECIALIZE_STEP__BACKBONE_TRAINING:
				setBackboneTraining(BACKBONE_TRAINING_EDEFAULT);
				return;
			case RecipePackage.SPECIALIZE_STEP__EPOCHS:
				setEpochs(EPOCHS_EDEFAULT);
				return;
			case RecipePackage.SPECIALIZE_STEP__PER_CLASS:
				setPerClass(PER_CLASS_EDEFAULT);
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
			case RecipePackage.SPECIALIZE_STEP__CUT:
				return CUT_EDEFAULT == null ? cut != null : !CUT_EDEFAULT.equals(cut);
			case RecipePackage.SPECIALIZE_STEP__HEAD:
				return HEAD_EDEFAULT == null ? head != null : !HEAD_EDEFAULT.equals(head);
			case RecipePackage.SPECIALIZE_STEP__BACKBONE_TRAINING:
				return backboneTraining != BACKBONE_TRAINING_EDEFAULT;
			case RecipePackage.SPECIALIZE_STEP__EPOCHS:
				return epochs != EPOCHS_EDEFAULT;
			case RecipePackage.SPECIALIZE_STEP__PER_CLASS:
				return perClass != PER_CLASS_EDEFAULT;
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
		result.append(" (cut: ");
		result.append(cut);
		result.append(", head: ");
		result.append(head);
		result.append(", backboneTraining: ");
		result.append(backboneTraining);
		result.append(", epochs: ");
		result.append(epochs);
		result.append(", perClass: ");
		result.append(perClass);
		result.append(')');
		return result.toString();
	}

} //SpecializeStepImpl
