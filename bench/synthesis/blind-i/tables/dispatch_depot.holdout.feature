Feature: Dispatch depots
  A parcel goes to a depot chosen by the letters at the start of its
  postcode. B, CV and WS go to "Birmingham"; M, SK and WA go to "Manchester";
  L and CH go to "Liverpool". Every other postcode goes to "National hub". The
  whole group of leading letters counts: BA is not B.

  Scenario Outline: sorting a parcel
    Given a parcel for postcode "<postcode>"
    When the parcel is sorted
    Then it goes to "<depot>"

    Examples:
      | postcode | depot        |
      | WA1 1QA  | Manchester   |
      | WS1 1TP  | Birmingham   |
      | ME1 1AA  | National hub |
      | L36 9YU  | Liverpool    |
      | B1 1BB   | Birmingham   |
      | CF10 3NP | National hub |
