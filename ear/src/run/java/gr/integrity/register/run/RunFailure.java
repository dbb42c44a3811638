package gr.integrity.register.run;

/**
 * Why the run command cannot bring the register up, said as one sentence a newcomer can act on (what stands in the
 * way and what to do about it). The launcher prints it and exits non-zero.
 */
final class RunFailure extends Exception {

    private static final long serialVersionUID = 1L;

    RunFailure(String message) {
        super(message);
    }
}
