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
      | B15 2TT  | Birmingham   |
      | CV1 5FB  | Birmingham   |
      | WS10 8QP | Birmingham   |
      | M1 1AE   | Manchester   |
      | SK4 3DD  | Manchester   |
      | L1 8JQ   | Liverpool    |
      | CH41 6JN | Liverpool    |
      | BA1 1LN  | National hub |
      | EH1 1YZ  | National hub |
