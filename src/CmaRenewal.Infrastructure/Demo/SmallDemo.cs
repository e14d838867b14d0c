using CmaRenewal.Core.Rules;

namespace CmaRenewal.Infrastructure.Demo;

/// <summary>
/// A small clinic group where every status occurs on <c>today</c>: dates are set relative to it, so the demo
/// looks the same whenever it is seeded. Each person is a story a clinic manager would recognise.
/// </summary>
public static class SmallDemo
{
    private const string Aama = "AAMA e-Learning Center", Relias = "Relias", Nha = "NHA CE Library", Amt = "AMT Education Hub";

    public static DemoDataSet Build(DateOnly today)
    {
        var b = new DemoBuilder();
        var riverside = b.Clinic("Riverside Family Medicine", "America/New_York");
        var lakeside = b.Clinic("Lakeside Pediatrics", "America/Chicago");
        var mesa = b.Clinic("Mesa Urgent Care", "America/Phoenix");

        b.Manages(b.Person(riverside, "Rachel", "Greene", "Manager"), riverside);
        var regional = b.Person(lakeside, "Victor", "Osei", "Manager");
        b.Manages(regional, lakeside);
        b.Manages(regional, mesa);
        b.Person(riverside, "Ada", "Admin", "Admin");

        // Compliant: all 60 AAMA points, and dual-credentialed, so shared courses count for both.
        var maria = b.Person(riverside, "Maria", "Lopez");
        var mariaCma = b.Credential(maria, "CMA-AAMA", today.AddMonths(-36));
        var mariaRma = b.Credential(maria, "RMA-AMT", today.AddMonths(-20));
        b.Paid(mariaRma, today.AddMonths(-8), CycleRule.EndOfMonth(today.AddMonths(4)), 50);
        b.Ce(maria, today.AddMonths(-30), "Medical Coding Update", Aama, 10, Units.AamaCeu, "administrative", true, mariaCma);
        b.Ce(maria, today.AddMonths(-18), "Infection Control in Ambulatory Care", Aama, 10, Units.AamaCeu, "clinical", true, mariaCma, mariaRma);
        b.Ce(maria, today.AddMonths(-12), "Cultural Competency in Health Care", Aama, 10, Units.AamaCeu, "general", true, mariaCma, mariaRma);
        b.Ce(maria, today.AddMonths(-6), "Diabetes Care Essentials", Relias, 30, Units.ContactHour, "general", false, mariaCma, mariaRma);
        b.CprCard(maria, today.AddMonths(-10), mariaCma);

        // On track: half the points, two years into a five-year cycle.
        var james = b.Person(riverside, "James", "Carter");
        var jamesCma = b.Credential(james, "CMA-AAMA", today.AddMonths(-24));
        b.Ce(james, today.AddMonths(-20), "HIPAA Privacy and Security Refresher", Aama, 10, Units.AamaCeu, "administrative", true, jamesCma);
        b.Ce(james, today.AddMonths(-14), "Phlebotomy Best Practices", Aama, 10, Units.AamaCeu, "clinical", true, jamesCma);
        b.Ce(james, today.AddMonths(-3), "Workplace Ethics and Professionalism", Aama, 10, Units.AamaCeu, "general", true, jamesCma);

        // At risk: 18 months into a 2-year NHA cycle with 2 of 10 credits.
        var aisha = b.Person(riverside, "Aisha", "Khan");
        var aishaCcma = b.Credential(aisha, "CCMA-NHA", today.AddMonths(-18));
        b.Ce(aisha, today.AddMonths(-15), "Vital Signs and Point-of-Care Testing", Nha, 2, Units.NhaCredit, null, false, aishaCcma);

        // Due soon: AMT cycle ends in about two months with 20 of 30 points.
        var tom = b.Person(lakeside, "Tom", "Nguyen");
        var tomRma = b.Credential(tom, "RMA-AMT", today.AddMonths(-34));
        b.Paid(tomRma, today.AddMonths(-10), CycleRule.EndOfMonth(today.AddMonths(2)), 50);
        b.Ce(tom, today.AddMonths(-30), "Pharmacology for Medical Assistants", Amt, 12, Units.AmtPoint, null, false, tomRma);
        b.Ce(tom, today.AddMonths(-9), "Scheduling and Patient Flow", Relias, 8, Units.ContactHour, null, false, tomRma);

        // Overdue fee: AMT's yearly fee fell due at the end of the anniversary month and is unpaid.
        var grace = b.Person(lakeside, "Grace", "Kim");
        var graceRma = b.Credential(grace, "RMA-AMT", today.AddMonths(-14));
        b.Ce(grace, today.AddMonths(-6), "EKG Interpretation Basics", Amt, 14, Units.AmtPoint, null, false, graceRma);

        // Overdue CE: expires this month and the AAMA CE and application were due 30 days before.
        var sam = b.Person(lakeside, "Sam", "Patel");
        var samCma = b.Credential(sam, "CMA-AAMA", today.AddMonths(-60));
        b.Ce(sam, today.AddMonths(-40), "Insurance Verification and Prior Authorization", Aama, 10, Units.AamaCeu, "administrative", true, samCma);
        b.Ce(sam, today.AddMonths(-25), "Phlebotomy Best Practices", Aama, 15, Units.AamaCeu, "clinical", true, samCma);
        b.Ce(sam, today.AddMonths(-5), "Patient Communication Skills", Relias, 15, Units.ContactHour, "general", false, samCma);

        // In grace: expired at the end of last month; CE renewal still possible for 90 days.
        var olivia = b.Person(mesa, "Olivia", "Brown");
        var oliviaCma = b.Credential(olivia, "CMA-AAMA", today.AddMonths(-61));
        b.Ce(olivia, today.AddMonths(-50), "Medical Coding Update", Aama, 10, Units.AamaCeu, "administrative", true, oliviaCma);
        b.Ce(olivia, today.AddMonths(-30), "Infection Control in Ambulatory Care", Aama, 20, Units.AamaCeu, "clinical", true, oliviaCma);
        b.Ce(olivia, today.AddMonths(-8), "Diabetes Care Essentials", Relias, 15, Units.ContactHour, "general", false, oliviaCma);

        // Lapsed: a BLS card that expired three months ago, and an NHA credential past its expiry.
        var noah = b.Person(mesa, "Noah", "Davis");
        b.Credential(noah, "BLS-AHA", today.AddMonths(-27));
        var noahCet = b.Credential(noah, "CET-NHA", today.AddMonths(-26));
        b.Ce(noah, today.AddMonths(-20), "EKG Interpretation Basics", Nha, 4, Units.NhaCredit, null, false, noahCet);

        // NCCT: a calendar recertification year, CE already complete, plus a valid BLS card.
        var emma = b.Person(mesa, "Emma", "Wilson");
        var emmaNcma = b.Credential(emma, "NCMA-NCCT", today.AddMonths(-8));
        b.Credential(emma, "BLS-AHA", today.AddMonths(-5));
        b.Ce(emma, today.AddMonths(-6), "Infection Control in Ambulatory Care", "CEUfast", 8, Units.ClockHour, null, false, emmaNcma);
        b.Ce(emma, today.AddMonths(-2), "HIPAA Privacy and Security Refresher", "CEUfast", 8, Units.ClockHour, null, false, emmaNcma);

        // Two NHA credentials renewed once: the phlebotomy fee is coming due with CE complete.
        var liam = b.Person(riverside, "Liam", "Scott");
        var liamCpt = b.Credential(liam, "CPT-NHA", today.AddMonths(-47));
        b.Renewed(liamCpt, today.AddMonths(-24).AddDays(-5));
        var liamCmaa = b.Credential(liam, "CMAA-NHA", today.AddMonths(-6));
        b.Ce(liam, today.AddMonths(-12), "Phlebotomy Best Practices", Nha, 6, Units.NhaCredit, null, false, liamCpt);
        b.Ce(liam, today.AddMonths(-4), "Scheduling and Patient Flow", "CEUfast", 8, Units.ClockHour, null, false, liamCpt, liamCmaa);

        // Deactivated: left the clinic; history kept, no reminders.
        var ava = b.Person(mesa, "Ava", "Martinez", active: false);
        b.Credential(ava, "CCMA-NHA", today.AddMonths(-10));
        return b.Build();
    }
}
