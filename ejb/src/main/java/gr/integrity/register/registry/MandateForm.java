package gr.integrity.register.registry;

import gr.integrity.register.common.validation.PlainText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A mandate as an ADMIN enters it. */
public class MandateForm {

    @NotNull
    private Long personId;

    @NotNull
    private Long positionId;

    @NotNull
    private LocalDate startDate;

    private LocalDate endDate;

    @Size(max = 200)
    @PlainText
    private String constituency;

    private Integer version;

    public static MandateForm of(Mandate mandate) {
        MandateForm form = new MandateForm();
        form.personId = mandate.getPerson().getId();
        form.positionId = mandate.getPosition().getId();
        form.startDate = mandate.getStartDate();
        form.endDate = mandate.getEndDate();
        form.constituency = mandate.getConstituency();
        form.version = mandate.getVersion();
        return form;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public Long getPositionId() {
        return positionId;
    }

    public void setPositionId(Long positionId) {
        this.positionId = positionId;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public String getConstituency() {
        return constituency;
    }

    public void setConstituency(String constituency) {
        this.constituency = Forms.clean(constituency);
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
