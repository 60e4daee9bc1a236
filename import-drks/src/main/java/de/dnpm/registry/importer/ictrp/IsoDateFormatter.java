package de.dnpm.registry.importer.ictrp;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Cell values as the ICTRP text fields would have them: a date-formatted number (Excel stores dates as day serials,
 * FORMATS.md §5: "dates are Excel serial numbers") as an ISO date, or date-time where it has a time of day; any
 * other number in its plain digits ("20200127", not "2.02E+07"). Excel's display format is not applied.
 */
final class IsoDateFormatter extends DataFormatter {

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            LocalDateTime dateTime = DateUtil.getLocalDateTime(value, use1904Windowing, true);
            return dateTime.toLocalTime().equals(LocalTime.MIDNIGHT) ? dateTime.toLocalDate().toString()
                    : dateTime.toString();
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
