/**
 */
package io.medli.recipe.impl;

import io.medli.recipe.DistillStep;
import io.medli.recipe.RecipePackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Distill Step</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.medli.recipe.impl.DistillStepImpl#getStudent <em>Student</em>}</li>
 *   <li>{@link io.medli.recipe.impl.DistillStepImpl#getStudentParams <em>Student Params</em>}</li>
 *   <li>{@link io.medli.recipe.impl.DistillStepImpl#getEpochs <em>Epochs</em>}</li>
 *   <li>{@link io.medli.recipe.impl.DistillStepImpl#getTemperature <em>Temperature</em>}</li>
 *   <li>{@link io.medli.recipe.impl.DistillStepImpl#getAlpha <em>Alpha</em>}</li>
 *   <li>{@link io.medli.recipe.impl.DistillStepImpl#getPerClass <em>Per Class</em>}</li>
 *   <li>{@link io.medli.recipe.impl.DistillStepImpl#getAugment <em>Augment</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DistillStepImpl extends StepImpl implements DistillStep {
	/**
	 * The default value of the '{@link #getStudent() <em>Student</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStudent()
	 * @generated
	 * @ordered
	 */
	protected static final String STUDENT_EDEFAULT = "cnn";

	/**
	 * The cached value of the '{@link #getStudent() <em>Student</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStudent()
	 * @generated
	 * @ordered
	 */
	protected String student = STUDENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStudentParams() <em>Student Params</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStudentParams()
	 * @generated
	 * @ordered
	 */
	protected EList<String> studentParams;

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
	 * The default value of the '{@link #getTemperature() <em>Temperature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemperature()
	 * @generated
	 * @ordered
	 */
	protected static final double TEMPERATURE_EDEFAULT = 4.0;

	/**
	 * The cached value of the '{@link #getTemperature() <em>Temperature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemperature()
	 * @generated
	 * @ordered
	 */
	protected double temperature = TEMPERATURE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAlpha() <em>Alpha</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlpha()
	 * @generated
	 * @ordered
	 */
	protected static final double ALPHA_EDEFAULT = 0.7;

	/**
	 * The cached value of the '{@link #getAlpha() <em>Alpha</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlpha()
	 * @generated
	 * @ordered
	 */
	protected double alpha = ALPHA_EDEFAULT;

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
	 * The default value of the '{@link #getAugment() <em>Augment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAugment()
	 * @generated
	 * @ordered
	 */
	protected static final String AUGMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAugment() <em>Augment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAugment()
	 * @generated
	 * @ordered
	 */
	protected String augment = AUGMENT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DistillStepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RecipePackage.Literals.DISTILL_STEP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStudent() {
		return student;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStudent(String newStudent) {
		String oldStudent = student;
		student = newStudent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecipePackage.DISTILL_STEP__STUDENT, oldStudent, student));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getStudentParams() {
		if (studentParams == null) {
			studentParams = new EDataTypeUniqueEList<String>(String.class, this, RecipePackage.DISTILL_STEP__STUDENT_PARAMS);
		}
		return studentParams;
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
			eNotify(new ENotificationImpl(this, Notification.SET, RecipePackage.DISTILL_STEP__EPOCHS, oldEpochs, epochs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTemperature() {
		return temperature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTemperature(double newTemperature) {
		double oldTemperature = temperature;
		temperature = newTemperature;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecipePackage.DISTILL_STEP__TEMPERATURE, oldTemperature, temperature));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAlpha() {
		return alpha;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAlpha(double newAlpha) {
		double oldAlpha = alpha;
		alpha = newAlpha;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecipePackage.DISTILL_STEP__ALPHA, oldAlpha, alpha));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RecipePackage.DISTILL_STEP__PER_CLASS, oldPerClass, perClass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAugment() {
		return augment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAugment(String newAugment) {
		String oldAugment = augment;
		augment = newAugment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecipePackage.DISTILL_STEP__AUGMENT, oldAugment, augment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RecipePackage.DISTILL_STEP__STUDENT:
				return getStudent();
			case RecipePackage.DISTILL_STEP__STUDENT_PARAMS:
				return getStudentParams();
			case RecipePackage.DISTILL_STEP__EPOCHS:
				return getEpochs();
			case RecipePackage.DISTILL_STEP__TEMPERATURE:
				return getTemperature();
			case RecipePackage.DISTILL_STEP__ALPHA:
				return getAlpha();
			case RecipePackage.DISTILL_STEP__PER_CLASS:
				return getPerClass();
			case RecipePackage.DISTILL_STEP__AUGMENT:
				return getAugment();
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
			case RecipePackage.DISTILL_STEP__STUDENT:
				setStudent((String)newValue);
				return;
			case RecipePackage.DISTILL_STEP__STUDENT_PARAMS:
				getStudentParams().clear();
				getStudentParams().addAll((Collection<? extends String>)newValue);
				return;
			case RecipePackage.DISTILL_STEP__EPOCHS:
				setEpochs((Integer)newValue);
				return;
			case RecipePackage.DISTILL_STEP__TEMPERATURE:
				setTemperature((Double)newValue);
				return;
			case RecipePackage.DISTILL_STEP__ALPHA:
				setAlpha((Double)newValue);
				return;
			case RecipePackage.DISTILL_STEP__PER_CLASS:
				setPerClass((Integer)newValue);
				return;
			case RecipePackage.DISTILL_STEP__AUGMENT:
				setAugment((String)newValue);
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
			case RecipePackage.DISTILL_STEP__STUDENT:
				setStudent(STUDENT_EDEFAULT);
				return;
			case RecipePackage.DISTILL_STEP__STUDENT_PARAMS:
				getStudentParams().clear();
				return;
			case RecipePackage.DISTILL_STEP__EPOCHS:
				setEpochs(EPOCHS_EDEFAULT);
				return;
			case RecipePackage.DISTILL_STEP__TEMPERATURE:
				setTemperature(TEMPERATURE_EDEFAULT);
				return;
			case RecipePackage.DISTILL_STEP__ALPHA:
				setAlpha(ALPHA_EDEFAULT);
				return;
			case RecipePackage.DISTILL_STEP__PER_CLASS:
				setPerClass(PER_CLASS_EDEFAULT);
				return;
			case RecipePackage.DISTILL_STEP__AUGMENT:
				setAugment(AUGMENT_EDEFAULT);
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
			case RecipePackage.DISTILL_STEP__STUDENT:
				return STUDENT_EDEFAULT == null ? student != null : !STUDENT_EDEFAULT.equals(student);
			case RecipePackage.DISTILL_STEP__STUDENT_PARAMS:
				return studentParams != null && !studentParams.isEmpty();
			case RecipePackage.DISTILL_STEP__EPOCHS:
				return epochs != EPOCHS_EDEFAULT;
			case RecipePackage.DISTILL_STEP__TEMPERATURE:
				return temperature != TEMPERATURE_EDEFAULT;
			case RecipePackage.DISTILL_STEP__ALPHA:
				return alpha != ALPHA_EDEFAULT;
			case RecipePackage.DISTILL_STEP__PER_CLASS:
				return perClass != PER_CLASS_EDEFAULT;
			case RecipePackage.DISTILL_STEP__AUGMENT:
				return AUGMENT_EDEFAULT == null ? augment != null : !AUGMENT_EDEFAULT.equals(augment);
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
		result.append(" (student: ");
		result.append(student);
		result.append(", studentParams: ");
		result.append(studentParams);
		result.append(", epochs: ");
		result.append(epochs);
		result.append(", temperature: ");
		result.append(temperature);
		result.append(", alpha: ");
		result.append(alpha);
		result.append(", perClass: ");
		result.append(perClass);
		result.append(", augment: ");
		result.append(augment);
		result.append(')');
		return result.toString();
	}

} //DistillStepImpl
