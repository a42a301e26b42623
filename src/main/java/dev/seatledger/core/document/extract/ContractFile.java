package dev.seatledger.core.document.extract;

import dev.seatledger.core.common.BusinessRuleException;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.ValidationException;
import dev.seatledger.core.document.DocumentService;
import dev.seatledger.core.document.DocumentText;
import dev.seatledger.core.document.DocumentTypes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the terms of a contract file that is not attached to anything (New license from contract, the command
 * line's {@code extract}): the same type and size checks as attaching, then the layout and the extractor. Needs no
 * database.
 */
public class ContractFile {
    private final ContractExtractor extractor;

    public ContractFile(ContractExtractor extractor) {
        this.extractor = extractor;
    }

    /** The proposals; a file that cannot be read gives a {@link BusinessRuleException} naming it. */
    public Extraction read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BusinessRuleException(Messages.get("document.fileMissing", file));
        }
        try {
            DocumentTypes.check(file, DocumentService.MAX_BYTES);
        } catch (IOException e) {
            throw new BusinessRuleException(Messages.get("document.readFailed", file.getFileName(), e.getMessage()));
        } catch (ValidationException e) {
            throw new BusinessRuleException(e.errors().get(0).message());
        }
        return extractor.extract(DocumentText.read(file, file.getFileName().toString()), List.of());
    }
}
