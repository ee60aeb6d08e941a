import React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { LinkModel } from '@grafana/data';
import { SeriesLinks } from './SeriesLinks';

const link = (change: Partial<LinkModel>): LinkModel => ({
  title: 'Runbook',
  href: 'https://runbooks.example.com/',
  target: '_blank',
  origin: {},
  ...change,
});

describe('SeriesLinks', () => {
  it('lists each data link by its title, opening where its target says', () => {
    render(<SeriesLinks links={[link({}), link({ title: 'Dashboard', href: '/d/abc', target: '_self' })]} />);
    expect(screen.getByRole('link', { name: /Runbook/ })).toHaveAttribute('href', 'https://runbooks.example.com/');
    expect(screen.getByRole('link', { name: /Runbook/ })).toHaveAttribute('target', '_blank');
    expect(screen.getByRole('link', { name: /Dashboard/ })).toHaveAttribute('href', '/d/abc');
  });

  it('sanitizes a script URL built from data, and keeps a hostile title as text', () => {
    render(<SeriesLinks links={[link({ title: '<img src=x onerror=alert(1)>', href: 'javascript:alert(1)' })]} />);
    const anchor = screen.getByRole('link', { name: /onerror/ });
    expect(anchor.getAttribute('href')).not.toMatch(/^javascript:/);
    expect(document.querySelector('img')).toBeNull();
  });

  it('hands a link with its own click handler (an in-app link) to that handler instead of the browser', () => {
    const onClick = jest.fn();
    render(<SeriesLinks links={[link({ onClick })]} />);
    fireEvent.click(screen.getByRole('link', { name: /Runbook/ }));
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('renders nothing without links', () => {
    const { container } = render(<SeriesLinks links={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});
