/**
 * The contact form's lists of ways to reach someone beyond the primary email
 * and phone: more emails and phones (each can be made the primary one), web
 * links and postal addresses. Each row has its own label and its own error.
 */
import { useFieldArray, useWatch, type Control, type FieldErrors, type UseFormGetValues, type UseFormRegister, type UseFormSetValue } from 'react-hook-form';
import { CheckedField } from '../../../components/checked-field';
import { Field } from '../../../components/field';
import type { ContactFormInput } from './contact-form-values';

interface Props {
  control: Control<ContactFormInput>;
  register: UseFormRegister<ContactFormInput>;
  errors: FieldErrors<ContactFormInput>;
  getValues: UseFormGetValues<ContactFormInput>;
  setValue: UseFormSetValue<ContactFormInput>;
}

const LABEL_SUGGESTIONS = ['work', 'home', 'mobile', 'other'];

function LabelInput({ label, ...props }: { label: string } & ReturnType<UseFormRegister<ContactFormInput>>) {
  return (
    <Field label={label} className="point-label">
      <input type="text" list="contact-point-labels" autoComplete="off" placeholder="e.g. work" {...props} />
    </Field>
  );
}

export function ContactPointsFields({ control, register, errors, getValues, setValue }: Props) {
  const emails = useFieldArray({ control, name: 'moreEmails' });
  const phones = useFieldArray({ control, name: 'morePhones' });
  const urls = useFieldArray({ control, name: 'urls' });
  const addresses = useFieldArray({ control, name: 'addresses' });
  const addressValues = useWatch({ control, name: 'addresses' });

  /** Swaps a row with the primary email (or phone), labels included. */
  function makePrimary(kind: 'email' | 'phone', index: number) {
    const list = kind === 'email' ? 'moreEmails' : 'morePhones';
    const labelKey = kind === 'email' ? 'emailLabel' : 'phoneLabel';
    const row = getValues(`${list}.${index}`) ?? { value: '', label: '' };
    const primary = { value: getValues(kind) ?? '', label: getValues(labelKey) ?? '' };
    const dirty = { shouldDirty: true, shouldValidate: false };
    setValue(kind, row.value ?? '', dirty);
    setValue(labelKey, row.label ?? '', dirty);
    setValue(`${list}.${index}`, primary, dirty);
  }

  return (
    <fieldset className="form-fieldset span-2 contact-points">
      <legend>More ways to reach them</legend>
      <datalist id="contact-point-labels">
        {LABEL_SUGGESTIONS.map((l) => (
          <option key={l} value={l} />
        ))}
      </datalist>

      {emails.fields.map((row, i) => (
        <div key={row.id} className="point-row">
          <Field label={`Email ${i + 2}`} error={errors.moreEmails?.[i]?.value?.message}>
            <input type="email" inputMode="email" autoComplete="off" {...register(`moreEmails.${i}.value`)} />
          </Field>
          <LabelInput label={`Label for email ${i + 2}`} {...register(`moreEmails.${i}.label`)} />
          <div className="point-actions">
            <button type="button" className="btn btn-small" onClick={() => makePrimary('email', i)}>
              Make primary
            </button>
            <button type="button" className="btn btn-small" onClick={() => emails.remove(i)} aria-label={`Remove email ${i + 2}`}>
              Remove
            </button>
          </div>
        </div>
      ))}
      <button type="button" className="btn btn-small" onClick={() => emails.append({ value: '', label: '' })}>
        Add another email
      </button>

      {phones.fields.map((row, i) => (
        <div key={row.id} className="point-row">
          <Field label={`Phone ${i + 2}`} error={errors.morePhones?.[i]?.value?.message}>
            <input type="tel" autoComplete="off" {...register(`morePhones.${i}.value`)} />
          </Field>
          <LabelInput label={`Label for phone ${i + 2}`} {...register(`morePhones.${i}.label`)} />
          <div className="point-actions">
            <button type="button" className="btn btn-small" onClick={() => makePrimary('phone', i)}>
              Make primary
            </button>
            <button type="button" className="btn btn-small" onClick={() => phones.remove(i)} aria-label={`Remove phone ${i + 2}`}>
              Remove
            </button>
          </div>
        </div>
      ))}
      <button type="button" className="btn btn-small" onClick={() => phones.append({ value: '', label: '' })}>
        Add another phone
      </button>

      {urls.fields.map((row, i) => (
        <div key={row.id} className="point-row">
          <Field label={`Web link ${i + 1}`} error={errors.urls?.[i]?.value?.message}>
            <input type="url" inputMode="url" placeholder="https://…" {...register(`urls.${i}.value`)} />
          </Field>
          <LabelInput label={`Label for web link ${i + 1}`} {...register(`urls.${i}.label`)} />
          <div className="point-actions">
            <button type="button" className="btn btn-small" onClick={() => urls.remove(i)} aria-label={`Remove web link ${i + 1}`}>
              Remove
            </button>
          </div>
        </div>
      ))}
      <button type="button" className="btn btn-small" onClick={() => urls.append({ value: '', label: '' })}>
        Add a web link
      </button>

      {addresses.fields.map((row, i) => {
        const error = errors.addresses?.[i];
        return (
          <fieldset key={row.id} className="form-fieldset address-fields">
            <legend>Address {i + 1}</legend>
            <CheckedField label="Street" error={error?.street?.message} text={addressValues?.[i]?.street} subject="address">
              <textarea rows={2} {...register(`addresses.${i}.street`)} />
            </CheckedField>
            <Field label="City" error={error?.city?.message}>
              <input type="text" {...register(`addresses.${i}.city`)} />
            </Field>
            <Field label="State or region" error={error?.region?.message}>
              <input type="text" {...register(`addresses.${i}.region`)} />
            </Field>
            <Field label="Postcode" error={error?.postcode?.message}>
              <input type="text" {...register(`addresses.${i}.postcode`)} />
            </Field>
            <Field label="Country" error={error?.country?.message}>
              <input type="text" {...register(`addresses.${i}.country`)} />
            </Field>
            <LabelInput label={`Label for address ${i + 1}`} {...register(`addresses.${i}.label`)} />
            <button type="button" className="btn btn-small" onClick={() => addresses.remove(i)} aria-label={`Remove address ${i + 1}`}>
              Remove
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="btn btn-small"
        onClick={() => addresses.append({ street: '', city: '', region: '', postcode: '', country: '', label: '' })}
      >
        Add an address
      </button>
    </fieldset>
  );
}
